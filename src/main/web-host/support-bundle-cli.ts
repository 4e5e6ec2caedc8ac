import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { appVersion } from '../app-version';
import { readSipTrace } from '../services/logging/sip-trace';
import { jsonPolicySource } from '../services/policy/json-policy-source';
import { policyForBundle } from '../services/policy/policy-for-services';
import { readPolicy } from '../services/policy/read-policy';
import { writeSupportBundle } from '../services/support/write-support-bundle';
import { openStore } from '../store/database';
import { databaseFileName } from '../store/open-app-store';

/**
 * `npm run support-bundle -- --data-dir <dir>`: the browser shell's support
 * bundle, made from a data folder whether or not its host is running (the
 * page's Settings → Administration makes the same one). Prints the zip's path.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'data-dir': { type: 'string', default: process.env.PARLEY_DATA_DIR ?? resolve('.data') },
      'logs-dir': { type: 'string' },
      /** The policy.json the host runs with (`npm run web -- --policy`), so the bundle says what it applied. */
      policy: { type: 'string', default: process.env.PARLEY_POLICY },
    },
  });
  const dataDir = resolve(values['data-dir']);
  const database = join(dataDir, databaseFileName);
  if (!existsSync(database)) throw new Error(`No Parley data folder at ${dataDir} (no ${databaseFileName} in it)`);
  const logsDir = resolve(values['logs-dir'] ?? join(dataDir, 'logs'));
  const policy = await readPolicy(values.policy === undefined ? [] : [jsonPolicySource(resolve(values.policy))]);
  const store = openStore(database);
  try {
    const result = await writeSupportBundle(dataDir, {
      store,
      shell: 'web',
      appVersion,
      logsDir: existsSync(logsDir) ? logsDir : null,
      sipTrace: () => readSipTrace(logsDir),
      policy: policyForBundle(() => policy),
      fuses: () => Promise.resolve({ packaged: false }),
      readiness: null,
    });
    console.log(result.path);
  } finally {
    store.close();
  }
}

main().catch((error: unknown) => {
  console.error(`No support bundle: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
