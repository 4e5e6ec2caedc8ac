import { useTranslation } from 'react-i18next';
import { secondsInState } from '../../core/agent/time-in-state';
import { formatDuration } from '../../ui/format';
import type { BoardRow } from './board-rows';
import { useProblemText } from './use-problem-text';

/** The agent's state as the SIP server last said it, and for how long; or why it is not known. */
export function AgentStateCell({ row, now }: { row: BoardRow; now: number }) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const { presence } = row.watch;
  if (presence.status === 'waiting') return <span className="board-state board-state--waiting">{t('board.state.waiting')}</span>;
  if (presence.status === 'unknown') {
    return (
      <span className="board-state board-state--unknown" data-testid="board-unknown-reason" data-reason={presence.problem.reason}>
        <strong>{t('board.state.unknown')}</strong> <span className="board-state__why">{problemText(presence.problem)}</span>
      </span>
    );
  }
  const { state, since, reason } = presence.presence;
  const label = state === 'not-ready' && reason !== null ? t('board.state.notReadyBecause', { reason: t(`agentState.reason.${reason}`) }) : t(`board.state.${state}`);
  return (
    <span className={`board-state board-state--${state}`}>
      <span className="board-state__label">{label}</span>{' '}
      <span className="board-state__time" data-testid="board-time-in-state">
        {formatDuration(secondsInState(since, now))}
      </span>
    </span>
  );
}
