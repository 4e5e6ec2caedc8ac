import { useTranslation } from 'react-i18next';
import { secondsInState } from '../../core/agent/time-in-state';
import { formatDuration } from '../../ui/format';
import type { BoardRow } from './board-rows';
import { useWatchProblemText } from '../../ui/use-watch-problem-text';

/** The agent's state as the SIP server last said it, and for how long; or why it is not known. */
export function AgentStateCell({ row, now }: { row: BoardRow; now: number }) {
  const { t } = useTranslation();
  const problemText = useWatchProblemText();
  const { presence } = row.watch;
  if (presence.status === 'unknown' && row.state === 'unknown') {
    return (
      <span className="board-state board-state--unknown" data-testid="board-unknown-reason" data-reason={presence.problem.reason}>
        <strong>{t('board.state.unknown')}</strong> <span className="board-state__why">{problemText(presence.problem)}</span>
      </span>
    );
  }
  if (row.state === 'waiting' || row.state === 'unknown' || row.stateSince === null) {
    return <span className="board-state board-state--waiting">{t('board.state.waiting')}</span>;
  }
  const reason = row.state === 'not-ready' && presence.status === 'known' ? presence.presence.reason : null;
  const label = reason !== null ? t('board.state.notReadyBecause', { reason: t(`agentState.reason.${reason}`) }) : t(`board.state.${row.state}`);
  return (
    <span className={`board-state board-state--${row.state}`}>
      <span className="board-state__label">{label}</span>{' '}
      <span className="board-state__time" data-testid="board-time-in-state">
        {formatDuration(secondsInState(row.stateSince, now))}
      </span>
    </span>
  );
}
