import { useCallback } from 'react';
import type { CallReview } from '@shared/domain/call-review';
import { useContract } from '../../ui/contract-context';
import { useContractQuery, type QueryState } from '../../ui/use-contract-query';
import { useEventRevision } from '../../ui/use-event-revision';

const always = () => true;

/** One call's review, read again when an evaluation is saved or replied to, a form gets a new version, or a sync round brings the other side's. */
export function useCallReview(interactionId: number): QueryState<CallReview> {
  const contract = useContract();
  const evaluations = useEventRevision('evaluations.changed', always);
  const forms = useEventRevision('scorecards.changed', always);
  const synced = useEventRevision('sync.status-changed', always);
  const run = useCallback(() => contract.call('calls.review', { interactionId }), [contract, interactionId]);
  // The previous answer stays on screen while the next loads: a sync round must not restart the recording being listened to.
  return useContractQuery(`review:${interactionId}:${evaluations}:${forms}:${synced}`, run, { keepPrevious: true });
}
