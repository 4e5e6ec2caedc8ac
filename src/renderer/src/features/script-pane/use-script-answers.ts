import type { ScriptRun } from '@shared/scripts/script-run';
import { useContract } from '../../ui/contract-context';
import { useContractQuery } from '../../ui/use-contract-query';
import { useEventRevision } from '../../ui/use-event-revision';

/**
 * The answers the call's script captured, for wrap-up to prefill: in the
 * order they were given, each with its label, raw value and readable form
 * (empty until the agent captures something). Follows the run as it is saved.
 */
export function useScriptAnswers(interactionId: number | null): ScriptRun['answers'] {
  const contract = useContract();
  const revision = useEventRevision('scripts.run.changed', (change) => change.interactionId === interactionId);
  const run = useContractQuery(
    interactionId === null ? null : `script-answers:${interactionId}:${revision}`,
    () => contract.call('scripts.run.get', { interactionId: interactionId ?? 0 }),
    { keepPrevious: true },
  );
  return run.status === 'ready' ? (run.value.run?.answers ?? []) : [];
}
