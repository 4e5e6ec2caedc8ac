import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAudioRoute } from '../audio/audio-route';
import { ToneElement } from '../audio/ToneElement';
import { CheckLine } from './CheckLine';

/** Plays a tone on the speaker calls are heard on; only the agent can say whether it came through. */
export function SpeakerCheck({ heard, onAnswer }: { heard: boolean | null; onAnswer(heard: boolean): void }) {
  const { t } = useTranslation();
  const { speaker } = useAudioRoute();
  const [playing, setPlaying] = useState(false);
  const [played, setPlayed] = useState(false);
  const device = speaker.status === 'chosen' ? speaker.label : t('audio.systemDefault');

  const verdict = heard === null ? 'checking' : heard ? 'pass' : 'fail';
  const detail = heard === null ? t('readiness.speaker.play', { device }) : heard ? t('readiness.speaker.pass', { device }) : t('readiness.speaker.fail');
  return (
    <CheckLine title={t('readiness.speaker.title')} verdict={verdict} detail={detail} testId="readiness-speaker">
      <div className="check-line__actions">
        <button type="button" className="button" onClick={() => setPlaying(true)} disabled={playing} data-testid="readiness-speaker-play">
          {t('readiness.speaker.playButton')}
        </button>
        {played && (
          <>
            <button type="button" className="button" onClick={() => onAnswer(true)} data-testid="readiness-speaker-heard">
              {t('readiness.speaker.heard')}
            </button>
            <button type="button" className="button" onClick={() => onAnswer(false)} data-testid="readiness-speaker-not-heard">
              {t('readiness.speaker.notHeard')}
            </button>
          </>
        )}
      </div>
      <ToneElement
        tone="speakerTest"
        sinkId={speaker.deviceId}
        playing={playing}
        onFinished={() => {
          setPlaying(false);
          setPlayed(true);
        }}
        testId="speaker-test-tone"
      />
    </CheckLine>
  );
}
