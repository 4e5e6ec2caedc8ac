import { useCallback, useEffect, useState } from 'react';
import { usePhoneValue, useSoftphone } from '../phone/phone-context';
import { useAudioRoute } from './audio-route';
import { ToneElement } from './ToneElement';

/**
 * Auto-answer: after the configured delay a short beep in the agent's ear
 * says "you are live", then the call is taken. Only a call that rings while
 * the agent has no other one: a waiting call is the agent's decision.
 */
export function AutoAnswer() {
  const softphone = useSoftphone();
  // The ringing call's id alone, not the whole state: a call's media reading changes that every second.
  const ringingAlone = usePhoneValue(({ call, background }) => (call.status === 'incoming' && background.length === 0 ? call.id : null));
  const { settings, speaker } = useAudioRoute();
  const ringingId = settings.autoAnswer ? ringingAlone : null;
  const [beepingFor, setBeepingFor] = useState<string | null>(null);

  useEffect(() => {
    if (ringingId === null) return;
    const timer = setTimeout(() => setBeepingFor(ringingId), settings.autoAnswerDelaySeconds * 1000);
    return () => clearTimeout(timer);
  }, [ringingId, settings.autoAnswerDelaySeconds]);

  const beeping = beepingFor !== null && beepingFor === ringingId;
  const answer = useCallback(() => {
    setBeepingFor(null);
    void softphone.answer();
  }, [softphone]);

  return <ToneElement tone="autoAnswer" sinkId={speaker.deviceId} playing={beeping} onFinished={answer} testId="auto-answer-beep" />;
}
