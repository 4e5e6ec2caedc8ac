import type { ExportedFile, TableExportRequest } from '@shared/domain/table-export';
import { csvFile } from './csv-file';
import { xlsxFile } from './xlsx-file';

/** The file a view's export asks for, ready for the page to offer as a download. */
export async function exportTables(request: TableExportRequest): Promise<ExportedFile> {
  const { name, format, language, tables } = request;
  const bytes = format === 'csv' ? csvFile(tables, language) : await xlsxFile(tables, language);
  return {
    fileName: `${name}.${format}`,
    mediaType: format === 'csv' ? 'text/csv;charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    base64: bytes.toString('base64'),
  };
}
