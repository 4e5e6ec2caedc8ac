import { describe, expect, it } from 'vitest';
import { dataDirOverride } from '../../../src/main/data-dir-override';

describe('where the Electron console keeps its data', () => {
  const argv = ['/opt/Parley/parley', '--data-dir=/tmp/planted'];
  const env = { PARLEY_DATA_DIR: '/tmp/planted-by-env' };

  it('an installed (packaged) console ignores --data-dir and PARLEY_DATA_DIR', () => {
    expect(dataDirOverride(argv, env, true)).toBeUndefined();
    expect(dataDirOverride(['/opt/Parley/parley'], env, true)).toBeUndefined();
  });

  it('an unpackaged one (tests, a second profile) follows the flag first, then the variable', () => {
    expect(dataDirOverride(argv, env, false)).toBe('/tmp/planted');
    expect(dataDirOverride(['electron', '.'], env, false)).toBe('/tmp/planted-by-env');
    expect(dataDirOverride(['electron', '.'], {}, false)).toBeUndefined();
  });
});
