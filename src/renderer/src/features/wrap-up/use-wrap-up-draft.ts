import { useCallback, useEffect, useRef, useState } from 'react';
import type { WrapUpDraft } from '@shared/domain/wrap-up';
import { useContract, useWhenConnected } from '../../ui/contract-context';
import { acknowledgeDraft, journalDraft, journaledDraft } from './draft-journal';

/** A pause in typing this long sends the draft: a word typed at speed is one write, not ten. */
const debounceMs = 120;
/**
 * Steady typing never pauses, so the draft also goes at most this long after
 * the first keystroke it does not hold yet: with the loopback round trip it is
 * on disk within the 300 ms the product allows.
 */
const maxWaitMs = 250;

export type DraftSaveState = 'unchanged' | 'saving' | 'saved' | 'failed';

export interface WrapUpDraftState {
  value: WrapUpDraft;
  saveState: DraftSaveState;
  /** A change to some fields; a function gets the draft as it is now (for toggles and list edits). */
  change(patch: Partial<WrapUpDraft> | ((current: WrapUpDraft) => Partial<WrapUpDraft>)): void;
  /** The wrap-up was saved: nothing still waiting may write the draft back (it would come back as unfinished). */
  settle(): void;
}

/**
 * One call's wrap-up, written to main as it is typed and to the page's journal
 * on every keystroke. A save that found main out of reach is made again once it
 * is back, with whatever was typed meanwhile.
 */
export function useWrapUpDraft(interactionId: number, initial: WrapUpDraft): WrapUpDraftState {
  const contract = useContract();
  const whenConnected = useWhenConnected();
  // What the page journaled is never older than what main holds: it is only dropped once main has it.
  const [value, setValue] = useState(() => journaledDraft(interactionId) ?? initial);
  const [saveState, setSaveState] = useState<DraftSaveState>('unchanged');
  const latest = useRef(value);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const unsavedSince = useRef<number | null>(null);
  const sending = useRef(false);
  const settled = useRef(false);

  const flush = useCallback(async (): Promise<void> => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    if (settled.current) return;
    // One save at a time, in order: the one running sends what is newest when it ends.
    if (sending.current) return;
    sending.current = true;
    try {
      while (unsavedSince.current !== null && !settled.current) {
        unsavedSince.current = null;
        const draft = latest.current;
        setSaveState('saving');
        const result = await contract.call('wrap-up.draft.save', { interactionId, draft });
        if (result.ok) {
          acknowledgeDraft(interactionId, draft);
          if (latest.current === draft) setSaveState('saved');
          continue;
        }
        setSaveState('failed');
        unsavedSince.current ??= performance.now();
        if (result.error.code !== 'unavailable') return;
        await whenConnected();
      }
    } finally {
      sending.current = false;
    }
  }, [contract, interactionId, whenConnected]);

  // The pane moving on to another call writes what is still waiting at once.
  useEffect(
    () => () => {
      if (timer.current !== null) void flush();
    },
    [flush],
  );

  const change: WrapUpDraftState['change'] = useCallback((patch) => {
    const next = { ...latest.current, ...(typeof patch === 'function' ? patch(latest.current) : patch) };
    latest.current = next;
    setValue(next);
    journalDraft(interactionId, next);
    const now = performance.now();
    unsavedSince.current ??= now;
    if (timer.current !== null) clearTimeout(timer.current);
    const wait = Math.max(0, Math.min(debounceMs, unsavedSince.current + maxWaitMs - now));
    timer.current = setTimeout(() => void flush(), wait);
  }, [flush, interactionId]);

  const settle = useCallback(() => {
    settled.current = true;
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    unsavedSince.current = null;
  }, []);

  return { value, saveState, change, settle };
}
