import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { lineVerdict, type MediaHealth } from '@shared/domain/media-window';
import { poorCallThresholdsOf } from '@shared/policy/call-quality-policy';
import type { PhoneState } from '../../core/phone/phone-state';
import { usePolicy } from '../../ui/use-policy';
import { usePhoneSelection } from './phone-context';

/** The focused call's last reading: the line keeps it until the next one, a second later. */
const focusedCallMedia = ({ call }: PhoneState): MediaHealth | null => (call.status === 'established' ? call.media : null);

/**
 * The line as it is now (the last seconds, not the call's average): a
 * small MOS badge, the figures on hover, and a plain warning when nothing
 * has arrived from the other side for a while — one-way audio told while
 * the agent can still do something about it. "Poor" is the site's
 * (IT's callQuality.* policy keys), the industry's thresholds otherwise.
 */
export function MediaHealthIndicator() {
  const { t } = useTranslation();
  const { policy } = usePolicy();
  const media = usePhoneSelection(focusedCallMedia, Object.is);
  if (!media) return null;
  const { quality } = media;
  const verdict = lineVerdict(media, poorCallThresholdsOf(policy));
  const details = quality
    ? t('phone.quality.details', {
        mos: quality.mos.toFixed(1),
        rtt: quality.roundTripMs === null ? '—' : Math.round(quality.roundTripMs),
        jitter: Math.round(quality.jitterMs),
        loss: quality.lossPercent.toFixed(1),
      })
    : undefined;
  const label =
    verdict === 'no-audio'
      ? t('phone.media.no-audio', { seconds: Math.floor(media.silentForMs / 1_000) })
      : verdict === 'good' || verdict === 'poor'
        ? `${t(`phone.media.${verdict}`)} · MOS ${quality?.mos.toFixed(1) ?? '—'}`
        : t(`phone.media.${verdict}`);
  const alarming = verdict === 'poor' || verdict === 'no-audio';
  return (
    <Tooltip label={details} disabled={!details}>
      <Badge
        className="badge"
        color={alarming ? 'danger' : 'answer'}
        variant={alarming ? 'filled' : 'light'}
        role={verdict === 'no-audio' ? 'alert' : undefined}
        data-testid="call-quality"
        data-verdict={verdict}
        data-packets-sent={media.packetsSent}
        data-packets-received={media.packetsReceived}
        data-poor={alarming}
      >
        {label}
      </Badge>
    </Tooltip>
  );
}
