import { useCallback } from 'react';
import type { ReviewableCall } from '@shared/domain/call-review';
import type { Evaluation } from '@shared/domain/evaluation';
import { useContract } from '../../ui/contract-context';
import { useContractQuery, type QueryState } from '../../ui/use-contract-query';
import { useEventRevision } from '../../ui/use-event-revision';

const always = () => true;

/** Read again when an evaluation changes here or a sync round may have brought one. */
function useReviewRevision(): string {
  return `${useEventRevision('evaluations.changed', always)}:${useEventRevision('sync.status-changed', always)}:${useEventRevision('calls.recorded', always)}`;
}

/** The calls this user may review, newest first. */
export function useReviewableCalls(): QueryState<{ calls: ReviewableCall[] }> {
  const contract = useContract();
  const revision = useReviewRevision();
  const run = useCallback(() => contract.call('calls.reviewable', { limit: 50 }), [contract]);
  return useContractQuery(`reviewable:${revision}`, run, { keepPrevious: true });
}

/** The evaluations of this user's own calls. */
export function useMyEvaluations(): QueryState<{ evaluations: Evaluation[] }> {
  const contract = useContract();
  const revision = useReviewRevision();
  const run = useCallback(() => contract.call('evaluations.mine', { limit: 50 }), [contract]);
  return useContractQuery(`my-evaluations:${revision}`, run, { keepPrevious: true });
}
