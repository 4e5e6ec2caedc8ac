import { useTranslation } from 'react-i18next';
import type { CustomerHit } from '@shared/domain/customer';
import { secondsInState } from '../../core/agent/time-in-state';
import { formatDuration } from '../../ui/format';
import type { WatchedCall } from '../../core/presence/agent-watch';
import type { WatchProblem } from '../../core/presence/watch-problem';
import { useWatchProblemText } from '../../ui/use-watch-problem-text';

interface AgentCallCellProps {
  call: WatchedCall | null;
  /** Why the calls of this agent cannot be shown, or null. */
  problem: WatchProblem | null;
  customer: CustomerHit | null;
  now: number;
  onOpenCustomer(customerId: number): void;
}

/** The agent's call as the SIP server reports it (RFC 4235): direction, ringing or for how long, and who — by the supervisor's own customer cache. */
export function AgentCallCell({ call, problem, customer, now, onOpenCustomer }: AgentCallCellProps) {
  const { t } = useTranslation();
  const problemText = useWatchProblemText();
  if (problem) return <span className="board-call board-call--unknown">{t('board.callsUnknown', { problem: problemText(problem) })}</span>;
  if (!call) return <span className="board-call board-call--none">{t('board.noValue')}</span>;
  const who = customer ? (
    <button type="button" className="board-call__customer" onClick={() => onOpenCustomer(customer.id)} data-testid="board-call-customer">
      {customer.displayName}
    </button>
  ) : (
    <span className="board-call__number">{call.remoteName ?? call.remoteUser ?? t('board.call.unknownParty')}</span>
  );
  return (
    <span className="board-call" data-testid="board-call" data-stage={call.stage} data-direction={call.direction ?? 'unknown'}>
      <span className="board-call__direction">{t(call.direction === 'outbound' ? 'board.call.outbound' : 'board.call.inbound')}</span>
      {' · '}
      <span className="board-call__time">{call.stage === 'ringing' ? t('board.call.ringing') : formatDuration(secondsInState(call.since, now))}</span>
      {' · '}
      {who}
    </span>
  );
}
