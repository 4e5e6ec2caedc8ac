import { fail } from '@shared/contract/error';
import type { Handlers } from '@shared/contract/dispatcher';
import { restrictAgents, type TrendRefusal } from '@shared/domain/trend-scope';
import { dayNumber, trendCallsShown, type TrendFilters } from '@shared/domain/trends';
import type { Store } from '../../store/connection';
import { writeAudit } from '../../store/queries/audit';
import { trendCalls } from '../../store/queries/trends.raw';
import { getRoster } from '../roster/roster';
import { trendReport } from './trend-report';

type TrendMethods = 'trends.get' | 'trends.calls';

/** The contract's trend methods; who may see whose figures is decided here, by the roster, whatever the page asks. */
export function trendHandlers(store: Store, now: () => number = Date.now): Pick<Handlers, TrendMethods> {
  /** A refused query is answered with its reason and recorded: a person asking for figures they may not see is worth knowing. */
  const refuse = (refusal: TrendRefusal, filters: TrendFilters, actor: string) => {
    writeAudit(store, { at: now(), actor, action: 'trends.refused', entity: 'trends', details: JSON.stringify({ reason: refusal.reason, teams: filters.teams.length, agents: filters.agents.length }) });
    return fail({ code: 'trends_refused', reason: refusal.reason, name: 'team' in refusal ? refusal.team : 'agent' in refusal ? refusal.agent : null });
  };
  return {
    'trends.get': (query) => {
      const roster = getRoster(store);
      const restriction = restrictAgents(roster, query.filters);
      if ('refused' in restriction) return refuse(restriction.refused, query.filters, roster.me?.displayName ?? 'console');
      return trendReport(store, roster, query, restriction.agents, now());
    },
    'trends.calls': ({ filters, from, to, selection }) => {
      const roster = getRoster(store);
      const restriction = restrictAgents(roster, filters);
      if ('refused' in restriction) return refuse(restriction.refused, filters, roster.me?.displayName ?? 'console');
      const range = { fromDay: dayNumber(from), toDay: dayNumber(to), agents: restriction.agents, filters };
      return trendCalls(store, range, selection, now(), trendCallsShown);
    },
  };
}
