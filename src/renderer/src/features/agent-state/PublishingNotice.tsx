import { useSyncExternalStore } from 'react';
import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatMoment } from '../../ui/format';
import { useNowUntil } from '../../ui/use-now-until';
import { useWatchProblemText } from '../../ui/use-watch-problem-text';
import { usePresencePublisher } from '../phone/phone-context';

/**
 * This console's own presence publication failed: its user is missing from
 * the team's board (unknown there), and why, and when it is tried again.
 * Shown only to people in the roster: a console nobody's board lists has no
 * one to tell.
 */
export function PublishingNotice({ inRoster }: { inRoster: boolean }) {
  const { t, i18n } = useTranslation();
  const problemText = useWatchProblemText();
  const publisher = usePresencePublisher();
  const status = useSyncExternalStore(publisher.subscribe, publisher.getStatus);
  const now = useNowUntil(status.status === 'failed' && inRoster ? status.retryAt : null);
  if (status.status !== 'failed' || !inRoster) return null;
  return (
    <Alert color="orange" variant="light" p="xs" role="status" data-testid="publishing-failed" data-reason={status.problem.reason}>
      {t('agentState.publishingFailed', { problem: problemText(status.problem), time: formatMoment(status.retryAt, Math.min(now, status.retryAt), i18n.language) })}
    </Alert>
  );
}
