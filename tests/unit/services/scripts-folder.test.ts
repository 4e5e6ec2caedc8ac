import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { installDefaultScripts } from '../../../src/main/services/scripts/default-scripts';
import { exportScript } from '../../../src/main/services/scripts/import-script';
import { importScriptsFolder } from '../../../src/main/services/scripts/scripts-folder';
import { latestScript } from '../../../src/main/services/scripts/script-store';
import { openStore } from '../../../src/main/store/database';
import { useTempDir } from '../support/temp-store';

describe('the scripts folder', () => {
  const tempDir = useTempDir();

  it('turns a changed file into the next version, leaves an unchanged one alone, and refuses a broken one with its reasons', () => {
    const dataDir = tempDir();
    const store = openStore(join(dataDir, 'parley.sqlite'));
    try {
      installDefaultScripts(store);
      const shipped = exportScript(store, 'inbound-support')?.text ?? '';
      const folder = join(dataDir, 'scripts');
      mkdirSync(folder);
      writeFileSync(join(folder, 'support.yaml'), shipped.replace('How can I help today?', 'What brings you to us?'));
      writeFileSync(join(folder, 'callback.yml'), exportScript(store, 'promise-callback')?.text ?? '');
      writeFileSync(join(folder, 'broken.json'), '{ "slug": "broken" }');
      writeFileSync(join(folder, 'readme.txt'), 'not a script');

      const issues = importScriptsFolder(store, dataDir);
      expect(issues.length).toBeGreaterThan(0);
      expect(issues.every((issue) => issue.file === 'broken.json' && issue.reason === 'schema')).toBe(true);
      expect(latestScript(store, 'inbound-support')).toMatchObject({ version: 2 });
      expect(latestScript(store, 'promise-callback')).toMatchObject({ version: 1 });

      // A restart reads the same files: nothing new.
      importScriptsFolder(store, dataDir);
      expect(latestScript(store, 'inbound-support')).toMatchObject({ version: 2 });
    } finally {
      store.close();
    }
  });
});
