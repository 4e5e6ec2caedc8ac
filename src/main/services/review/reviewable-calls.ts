import type { ReviewableCall } from '@shared/domain/call-review';
import { watchedTeams } from '@shared/domain/roster';
import type { Store } from '../../store/connection';
import { recentCallsOfAgents } from '../../store/queries/call-review';
import { currentReviewer } from './reviewer';

/**
 * The calls the reviews view lists for this console's user: a supervisor's
 * teams' newest calls, or an agent's own. The same rule as opening one
 * (src/shared/review/review-access.ts), applied to the roster's names.
 */
export function reviewableCalls(store: Store, limit: number): ReviewableCall[] {
  const { reviewer, roster } = currentReviewer(store);
  const teams = watchedTeams(reviewer.me, roster);
  const ownName = reviewer.me?.displayName ?? reviewer.ownName;
  const names = new Set(roster.filter((agent) => teams.has(agent.team)).map((agent) => agent.displayName));
  if (ownName !== '') names.add(ownName);
  return recentCallsOfAgents(store, [...names], limit);
}
