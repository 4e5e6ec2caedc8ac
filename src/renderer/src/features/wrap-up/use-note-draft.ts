import { useCallback, useEffect, useRef, useState } from 'react';
import { useContract, useWhenConnected } from '../../app/contract-context';

/**
 * How long typing pauses before the draft is written: with the round trip it
 * stays well inside the 300 ms the product allows, and a word typed at speed
 * is one write, not ten.
 */
const debounceMs = 120;

export type DraftSaveState = 'unchanged' | 'saving' | 'saved' | 'failed';

export interface NoteDraft {
  body: string;
  saveState: DraftSaveState;
  change(body: string): void;
}

/**
 * The note about one call, written to the store as it is typed. A save that
 * found Parley out of reach is made again once it is back, with whatever the
 * agent typed meanwhile.
 */
export function useNoteDraft(interactionId: number, initial: string): NoteDraft {
  const contract = useContract();
  const whenConnected = useWhenConnected();
  const [body, setBody] = useState(initial);
  const [saveState, setSaveState] = useState<DraftSaveState>('unchanged');
  const latest = useRef(initial);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const flush = useCallback(async (): Promise<void> => {
    timer.current = null;
    for (;;) {
      const text = latest.current;
      setSaveState('saving');
      const result = await contract.call('notes.draft.save', { interactionId, body: text });
      if (result.ok) {
        if (latest.current === text) setSaveState('saved');
        return;
      }
      setSaveState('failed');
      if (result.error.code !== 'unavailable') return;
      await whenConnected();
    }
  }, [contract, interactionId, whenConnected]);

  // The pane moving on to another call writes what is still waiting at once.
  useEffect(
    () => () => {
      if (timer.current === null) return;
      clearTimeout(timer.current);
      void flush();
    },
    [flush],
  );

  const change = (next: string) => {
    setBody(next);
    latest.current = next;
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), debounceMs);
  };

  return { body, saveState, change };
}
