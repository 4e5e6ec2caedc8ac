import { useTranslation } from 'react-i18next';
import type { TimelineEntry } from '@shared/domain/customer';
import type { Language } from '@shared/domain/language';
import { formatDateTime, formatDuration, formatPhone } from '../../app/format';

function CallSummary({ entry }: { entry: Extract<TimelineEntry, { kind: 'call' }> }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const details = [
    t(`call.outcome.${entry.outcome}`),
    entry.durationSec !== null ? formatDuration(entry.durationSec) : null,
    entry.agent,
  ].filter(Boolean);
  return (
    <>
      <span className="timeline__title">
        {t(`call.direction.${entry.direction}`)} · {formatPhone(entry.direction === 'inbound' ? entry.fromNumber : entry.toNumber)}
      </span>
      <span className="timeline__details">{details.join(' · ')}</span>
      {(entry.disposition || entry.rootCauses.length > 0) && (
        <span className="timeline__codes">
          {entry.disposition && <span className="chip">{entry.disposition.label[language] ?? entry.disposition.code}</span>}
          {entry.rootCauses.map((cause) => (
            <span key={cause.code} className="chip chip--cause">
              {cause.label[language] ?? cause.code}
            </span>
          ))}
        </span>
      )}
    </>
  );
}

export function TimelineEntryView({ entry }: { entry: TimelineEntry }) {
  const { t, i18n } = useTranslation();
  return (
    <li className={`timeline__entry timeline__entry--${entry.kind}`} data-testid="timeline-entry">
      <time className="timeline__when" dateTime={new Date(entry.at).toISOString()}>
        {formatDateTime(entry.at, i18n.language)}
      </time>
      <div className="timeline__body">
        {entry.kind === 'call' && <CallSummary entry={entry} />}
        {entry.kind === 'note' && (
          <>
            <span className="timeline__title">{t('timeline.note', { author: entry.author })}</span>
            <span className="timeline__text">{entry.body}</span>
          </>
        )}
        {entry.kind === 'promise' && (
          <>
            <span className="timeline__title">
              {t('timeline.promise')} · {t(`promise.status.${entry.promise.status}`)}
            </span>
            <span className="timeline__text">{entry.promise.description}</span>
          </>
        )}
      </div>
    </li>
  );
}
