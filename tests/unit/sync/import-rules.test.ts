import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../../src/main/services/import/import-file';
import { maxJsonArrayBytes } from '../../../src/main/services/import/json-array-rows';
import { maxJsonLineBytes } from '../../../src/main/services/import/json-line-rows';
import { atMost, noteMaxLength, personNameMaxLength, phoneInputMaxLength, promiseDescriptionMaxLength, wrapUpTextMaxLength } from '../../../src/shared/domain/field-limits';
import { customerItem, noteItem, promiseItem } from '../../sync/items';
import { useTempDir, useTempStore } from '../support/temp-store';

const tempDir = useTempDir();
const tempStore = useTempStore();

function file(name: string, content: string | Buffer): string {
  const path = join(tempDir(), name);
  writeFileSync(path, content);
  return path;
}

const jsonLines = (...items: unknown[]) => items.map((item) => JSON.stringify(item)).join('\n');
const count = (sqlite: ReturnType<typeof tempStore>['sqlite'], table: string) => sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get();

describe('what an import refuses, and how it says so', () => {
  it('a field longer than the console allows refuses its row, naming the line and the field; the other rows are imported', async () => {
    const { sqlite } = tempStore();
    const csv = file(
      'customers.csv',
      [
        'kind,id,firstName,lastName,phones',
        `customer,c1,${'A'.repeat(personNameMaxLength + 1)},Long,`,
        'customer,c2,Bea,Fine,+447400000002',
        `customer,c3,Cy,Long,${'7'.repeat(phoneInputMaxLength + 1)}`,
      ].join('\n'),
    );
    const history = file(
      'history.jsonl',
      jsonLines(
        noteItem('n1', 'c2', { body: 'x'.repeat(noteMaxLength + 1) }),
        promiseItem('p1', 'c2', { description: 'y'.repeat(promiseDescriptionMaxLength + 1) }),
        { kind: 'interaction', id: 'i1', customerId: 'c2', direction: 'inbound', fromNumber: '1', toNumber: '2', startedAt: 1, customerWanted: 'z'.repeat(wrapUpTextMaxLength + 1) },
        noteItem('n2', 'c2'),
      ),
    );

    const customers = await importFile(sqlite, csv, { defaultCountry: 'GB' });
    const calls = await importFile(sqlite, history, { defaultCountry: 'GB' });

    expect(customers.rejected).toEqual([
      { at: 'line 2', reasons: [`firstName: ${atMost(personNameMaxLength)}`] },
      { at: 'line 4', reasons: [`phones.0.number: ${atMost(phoneInputMaxLength)}`] },
    ]);
    expect(calls.rejected).toEqual([
      { at: 'line 1', reasons: [`body: ${atMost(noteMaxLength)}`] },
      { at: 'line 2', reasons: [`description: ${atMost(promiseDescriptionMaxLength)}`] },
      { at: 'line 3', reasons: [`customerWanted: ${atMost(wrapUpTextMaxLength)}`] },
    ]);
    expect(sqlite.prepare('SELECT external_id FROM customers').pluck().all()).toEqual(['c2']);
    expect(sqlite.prepare('SELECT external_id FROM notes').pluck().all()).toEqual(['n2']);
  });

  it('bytes that are not UTF-8 refuse their row with its line (and column), never stored as U+FFFD; a real U+FFFD in the file is kept', async () => {
    const { sqlite } = tempStore();
    const csv = file(
      'latin1.csv',
      Buffer.concat([
        Buffer.from('kind,id,firstName,lastName\ncustomer,c1,Ren'),
        Buffer.from([0xe9]), // "é" in Latin-1
        Buffer.from('e,Dupont\ncustomer,c2,Zoë,Replacement \uFFFD kept\n'),
      ]),
    );
    const jsonl = file('history.jsonl', Buffer.concat([Buffer.from(`${JSON.stringify(noteItem('n1', 'c2'))}\n{"kind":"note","id":"n2","body":"`), Buffer.from([0xc3, 0x28]), Buffer.from('"}\n')]));
    const json = file('history.json', Buffer.concat([Buffer.from('[\n{"kind":"note","body":"'), Buffer.from([0xff]), Buffer.from('"}\n]')]));

    const customers = await importFile(sqlite, csv, { defaultCountry: 'GB' });
    const notes = await importFile(sqlite, jsonl, { defaultCountry: 'GB' });

    expect(customers.rejected).toEqual([{ at: 'line 2', reasons: ['firstName: not valid UTF-8'] }]);
    expect(notes.rejected).toEqual([{ at: 'line 2', reasons: ['not valid UTF-8'] }]);
    expect(sqlite.prepare('SELECT last_name FROM customers').pluck().all()).toEqual(['Replacement \uFFFD kept']);
    expect(count(sqlite, 'notes')).toBe(1);
    // A JSON array cannot be read around a broken line: refused whole, with the line.
    await expect(importFile(sqlite, json, { defaultCountry: 'GB' })).rejects.toThrow(/history\.json: not valid UTF-8 on line 2; nothing imported/);
  });

  it('a column no item has is reported once for the whole file, not on every line, and the rows are imported without it', async () => {
    const { sqlite } = tempStore();
    const csv = file('customers.csv', ['kind,id,firstName,lastName,favouriteColour', 'customer,c1,Ada,One,', 'customer,c2,Bob,Two,teal', 'customer,c3,Cy,Three,red'].join('\n'));
    const jsonl = file('customers.jsonl', jsonLines({ ...customerItem(4), shoeSize: 42 }, { ...customerItem(5), shoeSize: 43 }));

    const fromCsv = await importFile(sqlite, csv, { defaultCountry: 'GB' });
    const fromJson = await importFile(sqlite, jsonl, { defaultCountry: 'GB' });

    expect(fromCsv).toMatchObject({ imported: 3, rejected: [], ignored: [{ at: 'line 3', reasons: ['favouriteColour: not a field of a customer, ignored here and on every later customer'] }] });
    expect(fromJson).toMatchObject({ imported: 2, rejected: [], ignored: [{ at: 'line 1', reasons: ['shoeSize: not a field of a customer, ignored here and on every later customer'] }] });
  });

  it('JSON lines: blank lines are skipped, a broken or overlong line is refused with its number, the rest is imported (.ndjson too)', async () => {
    const { sqlite } = tempStore();
    const lines = [JSON.stringify(customerItem(1)), '', '{"kind": "customer", "id": ', `"${'x'.repeat(maxJsonLineBytes)}"`, JSON.stringify(customerItem(2))].join('\r\n');

    const report = await importFile(sqlite, file('customers.ndjson', lines), { defaultCountry: 'GB' });

    expect(report).toMatchObject({ rows: 4, imported: 2 });
    expect(report.rejected).toEqual([
      { at: 'line 3', reasons: ['not readable as JSON'] },
      { at: 'line 4', reasons: [`longer than ${maxJsonLineBytes} bytes, skipped`] },
    ]);
  });

  it('a JSON array larger than the bound is refused before it is read, pointing to JSON lines', async () => {
    const { sqlite } = tempStore();
    const huge = file('huge.json', `[${' '.repeat(maxJsonArrayBytes)}]`);
    await expect(importFile(sqlite, huge, { defaultCountry: 'GB' })).rejects.toThrow(/huge\.json: a JSON array is read whole.*write one item a line in a \.jsonl file/);
  });

  it('imports evaluation form versions checked like a supervisor’s save: a form of critical items only is refused with the rule', async () => {
    const { sqlite } = tempStore();
    const words = (en: string) => ({ en, ru: `${en} (ru)`, uk: `${en} (uk)` });
    const question = (id: string, critical: boolean) => ({ id, title: words(id), text: words(`Was ${id} done?`), kind: 'yes-no', allowNa: false, weight: 10, critical });
    const form = (slug: string, questions: unknown[]) => ({ kind: 'scorecard_form', id: `${slug}@1`, slug, version: 1, body: { slug, title: words(slug), questions }, createdAt: 1, createdBy: 'IT' });
    const forms = file('forms.jsonl', jsonLines(form('sales-call', [question('offer', true), question('closing', false)]), form('strict', [question('offer', true)])));

    const report = await importFile(sqlite, forms, { defaultCountry: 'GB' });

    expect(report.rejected).toEqual([{ at: 'line 2', reasons: ['body.questions: only-critical'] }]);
    expect(sqlite.prepare('SELECT slug, version FROM scorecard_forms').all()).toEqual([{ slug: 'sales-call', version: 1 }]);
  });
});
