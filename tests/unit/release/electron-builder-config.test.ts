import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');
/** electron-builder's own JSON schema for its configuration, from the installed version. */
const schema = JSON.parse(readFileSync(join(root, 'node_modules/app-builder-lib/scheme.json'), 'utf8'));
// The schema uses keywords of its own (e.g. `tsType`): not an error, only unknown to ajv.
const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);

function problems(config: unknown): string[] {
  return validate(config) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath || '(root)'} ${error.message ?? ''} ${JSON.stringify(error.params)}`);
}

const config = parse(readFileSync(join(root, 'electron-builder.yml'), 'utf8'));

describe("electron-builder.yml against electron-builder's schema", () => {
  it('is valid: a typo fails here, not in a release', () => {
    expect(problems(config)).toEqual([]);
  });

  it('refuses a misspelt key at the top and inside a platform', () => {
    expect(problems({ ...config, prodcutName: 'Parley' }).join('\n')).toMatch(/additional properties.*prodcutName/);
    expect(problems({ ...config, nsis: { ...config.nsis, oneclick: false } }).length).toBeGreaterThan(0);
  });

  it('refuses a value of the wrong type', () => {
    expect(problems({ ...config, electronFuses: { ...config.electronFuses, runAsNode: 'no' } }).length).toBeGreaterThan(0);
  });

  it('ships the fuses hardened and a generic update feed', () => {
    expect(config.electronFuses).toMatchObject({ runAsNode: false, enableNodeOptionsEnvironmentVariable: false, enableNodeCliInspectArguments: false, onlyLoadAppFromAsar: true });
    expect(config.publish).toMatchObject({ provider: 'generic' });
  });
});
