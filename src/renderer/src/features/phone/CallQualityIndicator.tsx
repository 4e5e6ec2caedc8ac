import { useTranslation } from 'react-i18next';
import type { CallQuality } from '@shared/domain/call-quality';

/** A small MOS badge; the figures on hover; a warning when the call is poor. */
export function CallQualityIndicator({ quality }: { quality: CallQuality }) {
  const { t } = useTranslation();
  const details = t('phone.quality.details', {
    mos: quality.mos.toFixed(1),
    rtt: quality.roundTripMs === null ? '—' : Math.round(quality.roundTripMs),
    jitter: Math.round(quality.jitterMs),
    loss: quality.lossPercent.toFixed(1),
  });
  return (
    <span
      className={quality.poor ? 'call-quality call-quality--poor' : 'call-quality'}
      title={details}
      aria-label={details}
      data-testid="call-quality"
      data-packets-sent={quality.packetsSent}
      data-packets-received={quality.packetsReceived}
      data-poor={quality.poor}
    >
      {quality.poor ? t('phone.quality.poor') : t('phone.quality.good')} · MOS {quality.mos.toFixed(1)}
    </span>
  );
}
