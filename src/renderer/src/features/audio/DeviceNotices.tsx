import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAudioRoute } from './audio-route';

const roles = ['microphone', 'speaker', 'ring'] as const;

/** Says which chosen device is missing and that the system default is used meanwhile; gone when it is back. */
export function DeviceNotices() {
  const { t } = useTranslation();
  const route = useAudioRoute();
  return (
    <>
      {roles.map((role) => {
        const device = route[role];
        if (device.status !== 'missing') return null;
        return (
          <Alert key={role} className="console-notice" color="yellow" variant="light" p="xs" role="alert" data-testid="audio-device-notice" data-role={role}>
            {t(`audio.missing.${role}`, { device: device.label || t('audio.unnamedDevice') })}
          </Alert>
        );
      })}
    </>
  );
}
