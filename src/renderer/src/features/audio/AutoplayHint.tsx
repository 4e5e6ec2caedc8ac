import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAudioRoute } from './audio-route';

/** A browser that plays no sound before a click would let the first call ring silently: ask for the click. */
export function AutoplayHint() {
  const { t } = useTranslation();
  const { autoplayAllowed } = useAudioRoute();
  if (autoplayAllowed) return null;
  return (
    <Alert className="console-notice" color="yellow" variant="light" p="xs" role="alert" data-testid="autoplay-hint">
      {t('audio.autoplayBlocked')}
    </Alert>
  );
}
