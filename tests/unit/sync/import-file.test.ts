import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile, ImportFileError } from '../../../src/main/services/import/import-file';
import { noteMaxLength } from '../../../src/shared/domain/field-limits';
import { noteItem } from '../../sync/items';
import { useTempDir, useTempStore } from '../support/temp-store';

const tempDir = useTempDir();
const tempStore = useTempStore();

function file(name: string, text: string): string {
  const path = join(tempDir(), name);
  writeFileSync(path, text);
  return path;
}

const customersCsv = [
  'kind,id,firstName,lastName,company,tier,phones,tags,updatedAt',
  'customer,c1,Ada,Lovelace,Engines,vip,+447400000001 mobile;+447400000002,loyal;early,2024-05-01T10:00:00Z',
  'customer,c2,"<img src=x onerror=alert(1)>",Smith,"Acme\u0000Corp",platinum,12345,,',
  'customer,c3,Bob',
  'customer,,Nobody,Without-id,,,,,',
  'customer,c4,Eve,Late,,standard,,,yesterday-ish',
  'customer,c5,"Multi',
  'line",Name,,,+447400000005,,',
].join('\n');

describe('importing customers and history from files', () => {
  it('imports the good CSV rows, says which lines were refused and why, and a second import doubles nothing', async () => {
    const { sqlite } = tempStore();
    const csv = file('customers.csv', customersCsv);
    const report = await importFile(sqlite, csv, { defaultCountry: 'GB', now: 1_000 });

    expect(report).toMatchObject({ rows: 6, imported: 3, unchanged: 0 });
    expect(report.rejected).toEqual([
      { at: 'line 4', reasons: [expect.stringContaining('columns length is 9, got 3')] },
      { at: 'line 5', reasons: ['id: Invalid input: expected string, received undefined'] },
      { at: 'line 6', reasons: ['updatedAt: not a time (epoch milliseconds or ISO 8601)'] },
    ]);
    expect(report.adjusted).toEqual([
      { at: 'line 3', reasons: ['company: NUL bytes removed', 'tier: unknown value, stored as standard', 'phones.0: not a valid phone number, left out'] },
    ]);
    expect(sqlite.prepare("SELECT first_name, company, tier FROM customers WHERE external_id = 'c2'").get()).toEqual({
      first_name: '<img src=x onerror=alert(1)>',
      company: 'AcmeCorp',
      tier: 'standard',
    });
    expect(sqlite.prepare("SELECT first_name FROM customers WHERE external_id = 'c5'").pluck().get()).toBe('Multi\nline');
    expect(sqlite.prepare("SELECT e164, label FROM customer_phones ORDER BY e164").all()).toEqual([
      { e164: '+447400000001', label: 'mobile' },
      { e164: '+447400000002', label: null },
      { e164: '+447400000005', label: null },
    ]);

    expect(await importFile(sqlite, csv, { defaultCountry: 'GB', now: 1_000 })).toMatchObject({ imported: 0, unchanged: 3 });
    expect(sqlite.prepare('SELECT count(*) FROM customers').pluck().get()).toBe(3);
    expect(sqlite.prepare('SELECT count(*) FROM customer_phones').pluck().get()).toBe(3);
  });

  it('imports history as a JSON array: a note as long as the wrap-up allows arrives whole, a note for an unknown customer is refused with its item number', async () => {
    const { sqlite } = tempStore();
    await importFile(sqlite, file('customers.csv', customersCsv), { defaultCountry: 'GB' });
    const longBody = 'Д'.repeat(noteMaxLength);
    const history = file('history.json', JSON.stringify([noteItem('n1', 'c1', { body: longBody }), noteItem('n2', 'nobody'), { kind: 'hologram', id: 'h1' }]));

    const report = await importFile(sqlite, history, { defaultCountry: 'GB' });

    expect(report).toMatchObject({ rows: 3, imported: 1 });
    expect(report.rejected).toEqual([
      { at: 'item 2', reasons: ['customerId: unknown customer'] },
      { at: 'item 3', reasons: [expect.stringContaining('kind: Invalid discriminator value')] },
    ]);
    expect(sqlite.prepare('SELECT length(body) FROM notes').pluck().get()).toBe(noteMaxLength);
  });

  it('a file that is not JSON at all is refused with a clear message, and nothing is imported', async () => {
    const { sqlite } = tempStore();
    await expect(importFile(sqlite, file('broken.json', '[{"kind": "customer",'), { defaultCountry: 'GB' })).rejects.toThrow(ImportFileError);
    await expect(importFile(sqlite, file('broken.json', '[{"kind": "customer",'), { defaultCountry: 'GB' })).rejects.toThrow(/broken\.json: not readable as JSON/);
    expect(sqlite.prepare('SELECT count(*) FROM customers').pluck().get()).toBe(0);
  });
});
