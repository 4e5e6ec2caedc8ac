import { usePhoneState } from '../phone/phone-context';
import { useAudioRoute } from './audio-route';
import { ToneElement } from './ToneElement';

/**
 * The ring on the ring device while a call waits to be answered; while the
 * agent is already talking, a discreet call-waiting tone in their ear instead.
 */
export function Ringer() {
  const { call, background } = usePhoneState();
  const { ring, speaker } = useAudioRoute();
  return (
    <>
      <ToneElement tone="ringtone" sinkId={ring.deviceId} playing={call.status === 'incoming'} loop testId="ringtone" />
      <ToneElement tone="callWaiting" sinkId={speaker.deviceId} playing={background.some((other) => other.status === 'incoming')} loop testId="call-waiting-tone" />
    </>
  );
}
