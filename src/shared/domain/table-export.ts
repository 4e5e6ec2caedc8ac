import { z } from 'zod';
import { languageSchema } from './language';

/**
 * A view's figures as tables, to be written as a CSV or XLSX file (any view
 * may export: trends now, others later). The page sends what it shows —
 * headings in the user's language, cells as values — and main writes the
 * file: numbers and dates formatted for the user's language, text that a
 * spreadsheet would run as a formula neutralised.
 */
export const exportColumnKinds = ['text', 'number', 'decimal', 'percent', 'date'] as const;

const cellSchema = z.union([z.string().max(2000), z.number(), z.null()]);

export const exportTableSchema = z.object({
  /** The sheet's name (XLSX) or the section's title (CSV). */
  title: z.string().trim().min(1).max(31),
  columns: z.array(z.object({ heading: z.string().max(200), kind: z.enum(exportColumnKinds) })).min(1).max(100),
  /** Dates as `YYYY-MM-DD` (a UTC day); percents as fractions (0.25 for 25 %). */
  rows: z.array(z.array(cellSchema)).max(20_000),
});
export type ExportTable = z.infer<typeof exportTableSchema>;

export const tableExportRequestSchema = z
  .object({
    /** The file's name without extension. */
    name: z.string().trim().min(1).max(80).regex(/^[\p{L}\p{N} ._-]+$/u, 'must be letters, digits, spaces, dots, dashes or underscores'),
    format: z.enum(['csv', 'xlsx']),
    language: languageSchema,
    tables: z.array(exportTableSchema).min(1).max(20),
  })
  .strict();
export type TableExportRequest = z.infer<typeof tableExportRequestSchema>;

export const exportedFileSchema = z.object({ fileName: z.string(), mediaType: z.string(), base64: z.string() });
export type ExportedFile = z.infer<typeof exportedFileSchema>;
