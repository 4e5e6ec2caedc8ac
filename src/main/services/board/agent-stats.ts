import { wrapUpShareOf, type AgentStats } from '@shared/domain/board';
import type { Store } from '../../store/connection';
import { overduePromisesOf } from '../../store/queries/board';
import { dayOf } from '../../store/queries/my-calls';

/** Each agent's day on the board: the same figures as the agent's own panel, and their overdue promises. */
export function agentStats(store: Store, query: { agents: readonly string[]; day: { from: number; to: number }; now: number }): AgentStats[] {
  return [...new Set(query.agents)].map((agent) => {
    const day = dayOf(store, agent, query.day);
    return {
      agent,
      handled: day.handled,
      averageHandleSeconds: day.averageHandleSeconds,
      wrapUpShare: wrapUpShareOf(day),
      overduePromises: overduePromisesOf(store, agent, query.now),
    };
  });
}
