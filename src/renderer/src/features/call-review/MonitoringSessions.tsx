import { useTranslation } from 'react-i18next';
import type { ReviewedMonitoring } from '@shared/domain/call-review';
import { formatDateTime, formatDuration } from '../../ui/format';
import { useUiLanguage } from '../../ui/use-ui-language';

/** The supervisors' monitoring sessions on the call: who, when, each mode for how long, and why it ended. */
export function MonitoringSessions({ sessions }: { sessions: readonly ReviewedMonitoring[] }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  if (sessions.length === 0) return <p className="call-review__empty">{t('review.monitoring.none')}</p>;
  return (
    <ul className="call-review__list" data-testid="review-monitoring">
      {sessions.map((session) => (
        <li key={session.sessionId}>
          <strong>{session.supervisor}</strong> · {formatDateTime(session.startedAt, language)}
          <div>
            {session.modes
              .map((period) => `${t(`monitoring.mode.${period.mode}`)} ${period.to === null ? '…' : formatDuration(Math.round((period.to - period.from) / 1_000))}`)
              .join(' → ')}
          </div>
          <div className="call-review__empty">{session.endReason === null ? t('review.monitoring.ongoing') : t(`review.monitoring.ending.${session.endReason}`)}</div>
        </li>
      ))}
    </ul>
  );
}
