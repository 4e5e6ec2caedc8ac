import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { TimelineEntryView } from './TimelineEntryView';
import { useTimeline } from './use-timeline';
import { Button } from '@mantine/core';
import { Busy } from '../../ui/Busy';

/** Everything that happened with the customer, newest first; older pages on request. */
export function Timeline({ customerId, now }: { customerId: number; now: number }) {
  const { t } = useTranslation();
  const titleId = useId();
  const timeline = useTimeline(customerId);

  return (
    <section className="timeline-section" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('timeline.title')}</h3>
      {timeline.loading && <Busy />}
      {!timeline.loading && !timeline.error && timeline.entries.length === 0 && <p className="empty-state">{t('timeline.empty')}</p>}
      <ol className="timeline">
        {timeline.entries.map((entry) => (
          <TimelineEntryView key={`${entry.kind}:${entry.id}`} entry={entry} now={now} />
        ))}
      </ol>
      {timeline.error && <ErrorNotice error={timeline.error} />}
      {timeline.hasOlder && (
        <Button variant="default" size="xs" onClick={timeline.loadOlder} loading={timeline.loadingOlder} data-testid="timeline-more">
          {t('timeline.showOlder')}
        </Button>
      )}
    </section>
  );
}
