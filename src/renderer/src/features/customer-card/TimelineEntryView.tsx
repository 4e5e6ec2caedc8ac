import { useTranslation } from 'react-i18next';
import type { TimelineEntry } from '@shared/domain/customer';
import { formatDateTime, formatMoment } from '../../ui/format';
import { useUiLanguage } from '../../ui/use-ui-language';
import { CallSummary } from './CallSummary';
import { PromiseOwner } from './PromiseOwner';
import { ScriptRunSummary } from './ScriptRunSummary';

export function TimelineEntryView({ entry, now }: { entry: TimelineEntry; now: number }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  return (
    <li className={`timeline__entry timeline__entry--${entry.kind}`} data-testid="timeline-entry">
      <time className="timeline__when" dateTime={new Date(entry.at).toISOString()} title={formatDateTime(entry.at, language)}>
        {formatMoment(entry.at, now, language)}
      </time>
      <div className="timeline__body">
        {entry.kind === 'call' && <CallSummary call={entry} />}
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
            <span className="timeline__details">
              <PromiseOwner promise={entry.promise} /> · {t('timeline.promiseDue', { when: formatDateTime(entry.promise.dueAt, language) })}
            </span>
          </>
        )}
        {entry.kind === 'script' && <ScriptRunSummary run={entry} />}
      </div>
    </li>
  );
}
