import { useTranslation } from 'react-i18next';
import { CallClock } from './CallClock';
import { endingText } from './ending-text';
import { usePhoneValue, useShownCallStage } from './phone-context';
import { ReconnectingCountdown } from './ReconnectingCountdown';
import { useUntilMovedOn } from './use-until-moved-on';

/**
 * Where the focused call is, in words: ringing, in call (with its time),
 * reconnecting, held by the other side, a transfer under way or failed,
 * hanging up — and once it is over, exactly why it ended.
 */
export function CallStatus() {
  const { t } = useTranslation();
  // Urgent: the first thing the agent reads when a call moves on (the panes follow in a transition).
  const call = useUntilMovedOn(useShownCallStage('urgent'));
  const conference = usePhoneValue((state) => state.conference, 'urgent');
  const established = call.status === 'established' ? call : null;
  return (
    <span
      className="call-status"
      role="status"
      data-testid="call-status"
      data-call={call.status}
      data-connection={established ? (established.reconnectingUntil === null ? 'live' : 'reconnecting') : undefined}
      data-remote-hold={established ? established.remoteHold : undefined}
      data-transfer={established?.transfer?.stage}
      data-ending={call.status === 'ended' ? call.ending.reason : undefined}
      data-code={call.status === 'ended' ? (call.ending.code ?? undefined) : undefined}
    >
      {established && established.reconnectingUntil !== null && <ReconnectingCountdown until={established.reconnectingUntil} />}
      {established && established.reconnectingUntil === null && (
        <>
          {t(conference ? 'phone.callStatus.conference' : 'phone.callStatus.established')} · <CallClock since={established.answeredAt} />
        </>
      )}
      {established?.remoteHold && <span className="call-status__remote-hold"> · {t('phone.callStatus.remoteHold')}</span>}
      {established?.transfer && (
        <span className="call-status__transfer" role={established.transfer.stage === 'failed' ? 'alert' : undefined} data-testid="transfer-status">
          {' · '}
          {established.transfer.stage === 'failed'
            ? t('phone.transfer.failed', { reason: endingText(t, established.transfer) })
            : t(`phone.transfer.${established.transfer.stage}`)}
        </span>
      )}
      {(call.status === 'dialing' || call.status === 'ringing' || call.status === 'ending') && t(`phone.callStatus.${call.status}`)}
      {call.status === 'ended' && endingText(t, call.ending)}
    </span>
  );
}
