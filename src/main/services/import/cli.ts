import { parseArgs } from 'node:util';
import { openStore } from '../../store/database';
import { readSettings } from '../settings/settings-store';
import { importFile, ImportFileError, type ImportProblem } from './import-file';

const listProblems = (title: string, problems: ImportProblem[]) => {
  if (problems.length === 0) return;
  console.log(`  ${title}:`);
  for (const problem of problems) console.log(`    ${problem.at}: ${problem.reasons.join('; ')}`);
};

/** A large file takes a while: say how far it got every 100,000 rows. */
function reportProgress(file: string, rows: number): void {
  if (rows % 100_000 === 0) console.error(`${file}: ${rows} rows so far…`);
}

/**
 * `npm run import -- --db parley.sqlite customers.csv history.json …`: imports
 * each file (in the order given: customers before their history) and prints
 * its report. Exit code 1 when any row was refused, 2 when a file could not be read.
 */
export async function main(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { db: { type: 'string' } } });
  if (!values.db || positionals.length === 0) {
    console.error('usage: npm run import -- --db <parley.sqlite> <file.csv|file.jsonl|file.json>…');
    return 2;
  }
  const store = openStore(values.db);
  try {
    const defaultCountry = readSettings(store).defaultCountry;
    let refused = false;
    for (const file of positionals) {
      const report = await importFile(store.sqlite, file, { defaultCountry, onBatch: (rows) => reportProgress(file, rows) });
      console.log(`${file}: ${report.rows} rows, ${report.imported} imported, ${report.unchanged} already there, ${report.rejected.length} refused`);
      listProblems('refused', report.rejected);
      listProblems('imported with changes', report.adjusted);
      listProblems('ignored fields', report.ignored);
      refused ||= report.rejected.length > 0;
    }
    return refused ? 1 : 0;
  } catch (error) {
    if (!(error instanceof ImportFileError)) throw error;
    console.error(error.message);
    return 2;
  } finally {
    store.close();
  }
}
