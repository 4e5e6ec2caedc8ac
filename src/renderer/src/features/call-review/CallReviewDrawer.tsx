import { Drawer } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CallReview } from './CallReview';
import './call-review.css';

/**
 * A call's review over another view (the trends' list of calls): the
 * supervisor reads and scores it, closes it, and is back where they were.
 */
export function CallReviewDrawer({ interactionId, onClose }: { interactionId: number | null; onClose(): void }) {
  const { t } = useTranslation();
  return (
    <Drawer
      opened={interactionId !== null}
      onClose={onClose}
      position="right"
      size="85%"
      title={t('review.drawer.title')}
      closeButtonProps={{ 'aria-label': t('review.drawer.close') }}
      data-testid="call-review-drawer"
    >
      {interactionId !== null && <CallReview key={interactionId} interactionId={interactionId} />}
    </Drawer>
  );
}
