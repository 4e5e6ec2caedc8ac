import { parseArgs } from 'node:util';
import { runConformance } from './run-conformance';

/**
 * `npm run sync:conformance -- --url https://crm.example.com/parley [--max-pages 50]`,
 * with the token (if the endpoint wants one) in PARLEY_CRM_TOKEN, not on the
 * command line where other users of the machine could read it.
 * Exit code 0 when every check passed, 1 otherwise, 2 on bad arguments.
 */
export async function main(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { url: { type: 'string' }, 'max-pages': { type: 'string', default: '50' } } });
  const maxPages = Number(values['max-pages']);
  if (!values.url || !/^https?:\/\//.test(values.url) || !Number.isInteger(maxPages) || maxPages < 1) {
    console.error('usage: npm run sync:conformance -- --url <http(s)://endpoint> [--max-pages N]   (token in PARLEY_CRM_TOKEN)');
    return 2;
  }
  console.log(`Parley sync conformance · ${values.url}`);
  const results = await runConformance({ url: values.url, token: process.env.PARLEY_CRM_TOKEN ?? null, maxPages }, (result) =>
    console.log(`  ${result.passed ? 'PASS' : 'FAIL'}  ${result.name} — ${result.detail}`),
  );
  const failed = results.filter((result) => !result.passed).length;
  console.log(failed === 0 ? `All ${results.length} checks passed.` : `${failed} of ${results.length} checks failed.`);
  return failed === 0 ? 0 : 1;
}
