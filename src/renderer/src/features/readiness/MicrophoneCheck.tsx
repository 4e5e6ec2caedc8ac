import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { speechLevel } from '../../core/audio/signal-level';
import { useAudioRoute } from '../audio/audio-route';
import { LevelMeter } from '../audio/LevelMeter';
import { useMicrophoneLevel } from '../audio/use-microphone-level';
import { useMicrophoneStream } from '../audio/use-microphone-stream';
import { CheckLine } from './CheckLine';

/** Passes once the microphone calls will use carries a speech-level signal. */
export function MicrophoneCheck({ heardSpeech, onSpeech }: { heardSpeech: boolean; onSpeech(): void }) {
  const { t } = useTranslation();
  const route = useAudioRoute();
  const { stream, problem } = useMicrophoneStream(route.microphoneConstraints);
  const level = useMicrophoneLevel(stream);

  useEffect(() => {
    if (level >= speechLevel) onSpeech();
  }, [level, onSpeech]);

  const verdict = problem ? 'fail' : heardSpeech ? 'pass' : 'checking';
  const detail = problem ? t(`audio.microphoneProblem.${problem}`) : heardSpeech ? t('readiness.microphone.pass') : t('readiness.microphone.speak');
  return (
    <CheckLine title={t('readiness.microphone.title')} verdict={verdict} detail={detail} testId="readiness-microphone">
      <LevelMeter level={level} testId="readiness-microphone-level" />
    </CheckLine>
  );
}
