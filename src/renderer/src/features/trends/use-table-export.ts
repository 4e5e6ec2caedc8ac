import { useState } from 'react';
import type { ContractError } from '@shared/contract/error';
import type { TableExportRequest } from '@shared/domain/table-export';
import { useContract } from '../../ui/contract-context';

/** Hands a file to the browser's download (the Electron shell asks where to save it). */
function download(fileName: string, mediaType: string, base64: string): void {
  const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: mediaType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The download has taken the bytes once the click is handled.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Exports tables through main (which writes the file) and downloads it; a refusal is kept to be shown. */
export function useTableExport(): { exporting: boolean; error: ContractError | null; run(request: TableExportRequest): Promise<void> } {
  const contract = useContract();
  const [exporting, setExporting] = useState(false);
  const [error, setError] = useState<ContractError | null>(null);
  const run = async (request: TableExportRequest) => {
    setExporting(true);
    setError(null);
    const result = await contract.call('export.tables', request);
    setExporting(false);
    if (result.ok) download(result.value.fileName, result.value.mediaType, result.value.base64);
    else setError(result.error);
  };
  return { exporting, error, run };
}
