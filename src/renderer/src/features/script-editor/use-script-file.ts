import { useCallback, useState } from 'react';
import type { ContractError } from '@shared/contract/error';
import type { ResponseOf } from '@shared/contract/methods';
import { useContract } from '../../ui/contract-context';

type Saved = ResponseOf<'scripts.save'>;

/** Saving, importing and exporting script files through the contract, with the last outcome for the dialog to say. */
export function useScriptFile() {
  const contract = useContract();
  const [outcome, setOutcome] = useState<{ saved: Saved } | { error: ContractError } | null>(null);

  const save = useCallback(
    async (file: string, text: string): Promise<Saved | null> => {
      const result = await contract.call('scripts.save', { file, text });
      setOutcome(result.ok ? { saved: result.value } : { error: result.error });
      return result.ok ? result.value : null;
    },
    [contract],
  );

  /** Hands the newest version to the browser as a download named after the script. */
  const exportFile = useCallback(
    async (slug: string) => {
      const result = await contract.call('scripts.export', { slug });
      if (!result.ok) return setOutcome({ error: result.error });
      const link = document.createElement('a');
      link.href = URL.createObjectURL(new Blob([result.value.text], { type: 'application/yaml' }));
      link.download = result.value.file;
      link.click();
      URL.revokeObjectURL(link.href);
    },
    [contract],
  );

  return { outcome, save, exportFile, clear: () => setOutcome(null) };
}
