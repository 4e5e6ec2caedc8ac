import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { openStore } from '../../src/main/store/database';
import { latestSchemaVersion } from '../../src/main/store/migrations';
import { benchBoard } from './board';
import { benchCallCpu } from './call-cpu';
import { benchCustomerCard } from './customer-card';
import { benchGeneration } from './generation';
import { benchImport } from './import';
import { benchLookup, benchSearch } from './lookup-and-search';
import { benchMonitoring } from './monitoring';
import { benchScreenPop } from './screen-pop';
import { benchShift } from './shift';
import { benchSync } from './sync';
import { benchStartup } from './startup';
import { benchTelephony } from './telephony';
import { benchTrends } from './trends';
import { benchTrendsRender } from './trends-render';

/**
 * `npm run bench [-- --customers N] [--soak-calls N] [--sync-customers N] [--outbox-notes N] [--call-seconds N] [--cpu-profile] [--no-floor] [--calls N] [--monitoring-rounds N] [--monitoring-seconds N] [--board-agents N] [--board-changes N] [--board-rate N] [--database FILE] [--only store|telephony|screen-pop|sync|import|cpu|shift|startup|monitoring|board|trends|trends-render]`
 * (telephony, screen-pop, cpu, shift, startup, monitoring, board and trends-render need `npm run build` first; screen-pop and trends generate the database too,
 * unless `--database` names one already generated — a copy is used, and generation is not measured): every benchmark prints its figures and
 * its ratio to a baseline measured in the same run. Exit code 1 when a
 * target is missed.
 */
export async function main(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    allowNegative: true,
    options: {
      customers: { type: 'string', default: '1000000' },
      'soak-calls': { type: 'string', default: '300' },
      'sync-customers': { type: 'string', default: '1000000' },
      'outbox-notes': { type: 'string', default: '20000' },
      'call-seconds': { type: 'string', default: '60' },
      'cpu-profile': { type: 'boolean', default: false },
      // The CPU bench's floor (a bare sip.js phone measured beside the console) doubles its length; --no-floor leaves it out.
      floor: { type: 'boolean', default: true },
      calls: { type: 'string', default: '400' },
      'monitoring-rounds': { type: 'string', default: '20' },
      'monitoring-seconds': { type: 'string', default: '30' },
      'board-agents': { type: 'string', default: '200' },
      'board-changes': { type: 'string', default: '20000' },
      // A busy floor: 200 agents each changing state every 5 s.
      'board-rate': { type: 'string', default: '40' },
      database: { type: 'string' },
      only: { type: 'string' },
    },
  });
  const parts = ['store', 'telephony', 'screen-pop', 'sync', 'import', 'cpu', 'shift', 'startup', 'monitoring', 'board', 'trends', 'trends-render'];
  if (values.only !== undefined && !parts.includes(values.only)) {
    console.error(`--only must be one of ${parts.join(', ')}, got "${values.only}"`);
    return 2;
  }
  const syncCustomers = Number(values['sync-customers']);
  const outboxNotes = Number(values['outbox-notes']);
  if (!Number.isInteger(syncCustomers) || syncCustomers < 1 || !Number.isInteger(outboxNotes) || outboxNotes < 1) {
    console.error('--sync-customers and --outbox-notes must be whole numbers ≥ 1');
    return 2;
  }
  const soakCalls = Number(values['soak-calls']);
  if (!Number.isInteger(soakCalls) || soakCalls < 1) {
    console.error(`--soak-calls must be a whole number ≥ 1, got "${values['soak-calls']}"`);
    return 2;
  }
  const callSeconds = Number(values['call-seconds']);
  if (!Number.isInteger(callSeconds) || callSeconds < 1) {
    console.error(`--call-seconds must be a whole number ≥ 1, got "${values['call-seconds']}"`);
    return 2;
  }
  const shiftCalls = Number(values.calls);
  if (!Number.isInteger(shiftCalls) || shiftCalls < 1) {
    console.error(`--calls must be a whole number ≥ 1, got "${values.calls}"`);
    return 2;
  }
  const monitoringRounds = Number(values['monitoring-rounds']);
  const monitoringSeconds = Number(values['monitoring-seconds']);
  if (!Number.isInteger(monitoringRounds) || monitoringRounds < 1 || !Number.isInteger(monitoringSeconds) || monitoringSeconds < 1) {
    console.error('--monitoring-rounds and --monitoring-seconds must be whole numbers ≥ 1');
    return 2;
  }
  const boardAgents = Number(values['board-agents']);
  const boardChanges = Number(values['board-changes']);
  const boardRate = Number(values['board-rate']);
  if (!Number.isInteger(boardAgents) || boardAgents < 1 || !Number.isInteger(boardChanges) || boardChanges < 1 || !Number.isInteger(boardRate) || boardRate < 1) {
    console.error('--board-agents, --board-changes and --board-rate must be whole numbers ≥ 1');
    return 2;
  }
  if (values.database !== undefined && !existsSync(values.database)) {
    console.error(`--database names no file: "${values.database}"`);
    return 2;
  }
  const customers = Number(values.customers);
  if (!Number.isInteger(customers) || customers < 1_000) {
    console.error(`--customers must be a whole number ≥ 1000, got "${values.customers}"`);
    return 2;
  }
  console.log(`Parley benchmarks · Node ${process.version} · ${cpus().length} cores · ${new Date().toISOString()}`);
  const wants = (part: string) => values.only === undefined || values.only === part;
  const storeMet =
    wants('store') || wants('screen-pop') || wants('trends')
      ? await benchStore(customers, { latency: wants('store'), screenPop: wants('screen-pop'), trends: wants('trends') }, values.database)
      : true;
  const telephonyMet = wants('telephony') ? await benchTelephony(soakCalls) : true;
  const syncMet = wants('sync') ? await inTempDir('Sync', (dir) => benchSync(dir, syncCustomers, outboxNotes)) : true;
  const importMet = wants('import') ? await inTempDir('Import', benchImport) : true;
  const cpuMet = wants('cpu') ? await benchCallCpu(callSeconds, { profile: values['cpu-profile'], floor: values.floor }) : true;
  const shiftMet = wants('shift') ? await benchShift(shiftCalls) : true;
  const startupMet = wants('startup') ? await benchStartup() : true;
  const monitoringMet = wants('monitoring') ? await benchMonitoring(monitoringRounds, monitoringSeconds) : true;
  const boardMet = wants('board') ? await benchBoard(boardAgents, boardChanges, boardRate) : true;
  const trendsRenderMet = wants('trends-render') ? await benchTrendsRender({ profile: values['cpu-profile'] }) : true;
  return storeMet && telephonyMet && syncMet && importMet && cpuMet && shiftMet && startupMet && monitoringMet && boardMet && trendsRenderMet ? 0 : 1;
}

/** A copy of a database generated before, opened once so that the migrations it lacks are applied (and timed) before anything is measured. */
function copiedDatabase(database: string, dir: string): string {
  const file = join(dir, 'demo.sqlite');
  console.log(`\nDatabase: a copy of ${database} (generation not measured in this run)`);
  copyFileSync(database, file);
  const plain = new Database(file, { readonly: true });
  const fromVersion = plain.pragma('user_version', { simple: true }) as number;
  plain.close();
  const started = performance.now();
  const store = openStore(file);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (fromVersion < latestSchemaVersion) console.log(`  migrated from schema v${fromVersion} to v${latestSchemaVersion} in ${seconds} s`);
  store.close();
  return file;
}

async function inTempDir<T>(part: string, run: (dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'parley-bench-'));
  console.log(`${part} benchmarks work in ${dir} (removed at the end)`);
  try {
    return await run(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function benchStore(customers: number, run: { latency: boolean; screenPop: boolean; trends: boolean }, database?: string): Promise<boolean> {
  const dir = mkdtempSync(join(tmpdir(), 'parley-bench-'));
  // Said up front: a run that is killed cannot clean up, and leaves gigabytes there.
  console.log(`Store benchmarks work in ${dir} (removed at the end)`);
  try {
    // Generating 1 M customers takes about 20 minutes; a database generated before (`npm run demo-db`) is copied instead.
    const generation = database === undefined ? benchGeneration(dir, customers) : { file: copiedDatabase(database, dir), met: true };
    let met = generation.met;
    if (run.latency) {
      const store = openStore(generation.file);
      met = benchLookup(store) && met;
      met = benchSearch(store) && met;
      met = benchCustomerCard(store) && met;
      store.close();
    }
    if (run.trends) {
      const store = openStore(generation.file);
      met = benchTrends(store) && met;
      store.close();
    }
    // Last: it moves the database into the browser shell's folder and adds calls to it.
    if (run.screenPop) met = (await benchScreenPop(generation.file)) && met;
    return met;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
