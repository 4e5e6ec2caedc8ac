import { useTranslation } from 'react-i18next';
import { useNow } from '../../ui/use-now';

/** The call lost its signalling: how long it may still be recovered before it is ended. */
export function ReconnectingCountdown({ until }: { until: number }) {
  const { t } = useTranslation();
  const secondsLeft = Math.max(0, Math.ceil((until - useNow(1_000)) / 1000));
  return <span className="call-status--reconnecting">{t('phone.callStatus.reconnecting', { seconds: secondsLeft })}</span>;
}
