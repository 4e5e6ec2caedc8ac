import type { Handlers } from '@shared/contract/dispatcher';
import type { Store } from '../../store/connection';
import { agentStats } from './agent-stats';
import { readBoardAlertRules, saveBoardAlertRules } from './board-alert-rules';

/** The supervisors' board: the agents' day in figures, and the supervisor's alert rules. */
export function boardHandlers(store: Store): Pick<Handlers, 'board.agent-stats' | 'board.alert-rules.get' | 'board.alert-rules.save'> {
  return {
    'board.agent-stats': (query) => ({ agents: agentStats(store, query) }),
    'board.alert-rules.get': () => readBoardAlertRules(store),
    'board.alert-rules.save': (rules) => saveBoardAlertRules(store, rules),
  };
}
