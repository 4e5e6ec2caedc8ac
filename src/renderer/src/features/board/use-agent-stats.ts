import { useCallback, useMemo } from 'react';
import type { ContractError } from '@shared/contract/error';
import type { AgentStats } from '@shared/domain/board';
import { localDay } from '@shared/domain/my-calls';
import type { RosterAgent } from '@shared/domain/roster';
import { useContract } from '../../ui/contract-context';
import { useContractQuery } from '../../ui/use-contract-query';
import { useEventRevision } from '../../ui/use-event-revision';
import { useNow } from '../../ui/use-now';

const anyRound = () => true;
const noStats: ReadonlyMap<string, AgentStats> = new Map();

/**
 * Each agent's day from the supervisor's store, by display name: other
 * agents' calls and promises arrive with the CRM's sync, so they are read
 * again after every round, and every minute (today ends at midnight, and
 * promises become overdue as time passes).
 */
export function useAgentStats(agents: readonly RosterAgent[]): { stats: ReadonlyMap<string, AgentStats>; error: ContractError | null } {
  const contract = useContract();
  const afterSync = useEventRevision('sync.status-changed', anyRound);
  const minute = useNow(60_000);
  const names = agents.map((agent) => agent.displayName).join('\n');
  const run = useCallback(() => {
    const now = Date.now();
    return contract.call('board.agent-stats', { agents: names === '' ? [] : names.split('\n'), day: localDay(now), now });
  }, [contract, names]);
  const stats = useContractQuery(`board-stats:${afterSync}:${minute}:${names}`, run, { keepPrevious: true });
  const value = stats.status === 'ready' ? stats.value : null;
  const byName = useMemo(() => (value ? new Map(value.agents.map((row) => [row.agent, row])) : noStats), [value]);
  return { stats: byName, error: stats.status === 'failed' ? stats.error : null };
}
