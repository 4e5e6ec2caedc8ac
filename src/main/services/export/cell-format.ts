import type { Language } from '@shared/domain/language';
import type { ExportTable } from '@shared/domain/table-export';
import { isoDaySchema } from '@shared/domain/trends';

/** The locale each UI language writes numbers and dates in (a Ukrainian agent sees 1 234,5 and 02.03.2026). */
export const exportLocales: Record<Language, string> = { en: 'en-GB', ru: 'ru-RU', uk: 'uk-UA' };

export type ColumnKind = ExportTable['columns'][number]['kind'];

/** A date column's cell that really is a day (anything else is written as the text it is). */
export function isDay(value: string | number | null, kind: ColumnKind): value is string {
  return kind === 'date' && isoDaySchema.safeParse(value).success;
}

/** A number or a day as the user's language writes it, for a CSV (an XLSX keeps values and formats them itself). */
export function formattedCell(value: number | string | null, kind: ColumnKind, language: Language): string {
  if (value === null) return '';
  const locale = exportLocales[language];
  if (typeof value === 'number') {
    if (kind === 'percent') return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value);
    return new Intl.NumberFormat(locale, { maximumFractionDigits: kind === 'decimal' ? 1 : 0, useGrouping: false }).format(value);
  }
  return isDay(value, kind) ? new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${value}T00:00:00Z`)) : value;
}

/**
 * The separator a spreadsheet opening the CSV in that language expects:
 * where the decimal mark is a comma (ru, uk), Excel reads `;`.
 */
export function csvSeparator(language: Language): string {
  return new Intl.NumberFormat(exportLocales[language]).format(1.5).includes(',') ? ';' : ',';
}
