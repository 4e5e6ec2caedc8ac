import { parseArgs } from 'node:util';
import { importFile } from '../../src/main/services/import/import-file';
import { createHttpConnector } from '../../src/main/services/sync/http-connector';
import { pullChanges } from '../../src/main/services/sync/pull-changes';
import { pushOutbox } from '../../src/main/services/sync/push-outbox';
import { openStore } from '../../src/main/store/database';

/**
 * The console's sync or import in a process of its own, on a real SQLite
 * file, for the kill -9 tests: `--mode push|pull --url … --db …` or
 * `--mode import --file … --db …`. Says "started" once the store is open, and "committed <rows>" after each batch an import stores.
 */
export async function main(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { mode: { type: 'string' }, db: { type: 'string' }, url: { type: 'string' }, file: { type: 'string' } } });
  const store = openStore(values.db ?? '');
  console.log('started');
  const connector = createHttpConnector({ baseUrl: values.url ?? '', token: null, timeoutMs: 60_000 });
  if (values.mode === 'pull') await pullChanges(store, connector, { pageSize: 100, defaultCountry: 'GB' });
  if (values.mode === 'push') await pushOutbox(store, connector, { batchSize: 100, backoff: { baseMs: 1, maxMs: 1 } });
  if (values.mode === 'import') await importFile(store.sqlite, values.file ?? '', { defaultCountry: 'GB', onBatch: (rows) => console.log(`committed ${rows}`) });
  store.close();
  console.log('finished');
  return 0;
}
