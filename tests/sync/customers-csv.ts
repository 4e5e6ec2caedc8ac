import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';

export const customersCsvHeader = 'kind,id,firstName,lastName,company,email,tier,phones,tags,updatedAt';

/** Row `n` of a generated customers file: every field valid, one UK mobile each, so that every row is stored. */
export function customerCsvRow(n: number): string {
  const phone = `+4474${String(n % 100_000_000).padStart(8, '0')}`;
  return `customer,imp-${n},Ida,Import ${n},"Northwind, Ltd",ida${n}@example.com,${n % 10 === 0 ? 'vip' : 'standard'},${phone} mobile,loyal;early,${1_700_000_000_000 + n}`;
}

/** Writes a customers CSV of `rows` rows as a stream, so a 500 k-row file costs no memory to make. */
export async function writeCustomersCsv(path: string, rows: number): Promise<void> {
  const out = createWriteStream(path);
  out.write(`${customersCsvHeader}\n`);
  for (let n = 0; n < rows; n += 1) {
    if (!out.write(`${customerCsvRow(n)}\n`)) await once(out, 'drain');
  }
  out.end();
  await finished(out);
}
