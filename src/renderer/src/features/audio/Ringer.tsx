import { usePhoneValue } from '../phone/phone-context';
import { useAudioRoute } from './audio-route';
import { ToneElement } from './ToneElement';

/**
 * The ring on the ring device while a call waits to be answered; while the
 * agent is already talking, a discreet call-waiting tone in their ear instead.
 */
export function Ringer() {
  // Two yes/no values, not the whole state: a call's media reading changes that every second. Urgent: the ring starts as the call shows.
  const ringing = usePhoneValue(({ call }) => call.status === 'incoming', 'urgent');
  const waiting = usePhoneValue(({ background }) => background.some((other) => other.status === 'incoming'), 'urgent');
  const { ring, speaker } = useAudioRoute();
  return (
    <>
      <ToneElement tone="ringtone" sinkId={ring.deviceId} playing={ringing} loop testId="ringtone" />
      <ToneElement tone="callWaiting" sinkId={speaker.deviceId} playing={waiting} loop testId="call-waiting-tone" />
    </>
  );
}
