import { useSyncExternalStore } from 'react';
import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatMoment } from '../../ui/format';
import { usePresencePublisher } from '../phone/phone-context';
import { useProblemText } from './use-problem-text';

/** This console's own publication failed: its user's state is missing from other boards, and why. */
export function PublishingNotice({ now }: { now: number }) {
  const { t, i18n } = useTranslation();
  const problemText = useProblemText();
  const publisher = usePresencePublisher();
  const status = useSyncExternalStore(publisher.subscribe, publisher.getStatus);
  if (status.status !== 'failed') return null;
  return (
    <Alert color="orange" variant="light" p="xs" data-testid="board-publishing-failed" data-reason={status.problem.reason}>
      {t('board.publishingFailed', { problem: problemText(status.problem), time: formatMoment(status.retryAt, now, i18n.language) })}
    </Alert>
  );
}
