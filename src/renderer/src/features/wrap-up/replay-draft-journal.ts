import { useEffect, useState } from 'react';
import type { ContractClient } from '@shared/contract/client';
import { useConnected, useContract } from '../../ui/contract-context';
import { acknowledgeDraft, forgetDraft, journalEntries } from './draft-journal';

/** Sends main every draft the page still holds; stops at the first that finds main out of reach (the next replay sends it). */
export async function replayDraftJournal(contract: ContractClient): Promise<void> {
  for (const { interactionId, draft } of journalEntries()) {
    const result = await contract.call('wrap-up.draft.save', { interactionId, draft });
    if (result.ok) acknowledgeDraft(interactionId, draft);
    else if (result.error.code === 'unavailable') return;
    // Main will never take it (the call is gone from a replaced store, the draft breaks a limit): keeping it would resend it forever.
    else forgetDraft(interactionId);
  }
}

/**
 * Replays the page's draft journal when the page loads and each time main is
 * reachable again (the first contract call that gets through after one that
 * did not), so it needs no signal from the transport. Counts finished replays,
 * so that what depends on the drafts main holds can ask again.
 */
export function useDraftJournalReplay(): number {
  const contract = useContract();
  const connected = useConnected();
  const [replays, setReplays] = useState(0);
  useEffect(() => {
    if (!connected) return;
    let current = true;
    void replayDraftJournal(contract).then(() => {
      if (current) setReplays((count) => count + 1);
    });
    return () => {
      current = false;
    };
  }, [contract, connected]);
  return replays;
}
