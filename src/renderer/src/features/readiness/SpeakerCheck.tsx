import { useState } from 'react';
import { Button, Group } from '@mantine/core';
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
      <Group gap="xs">
        <Button variant="default" size="xs" onClick={() => setPlaying(true)} loading={playing} data-testid="readiness-speaker-play">
          {t('readiness.speaker.playButton')}
        </Button>
        {played && (
          <>
            <Button variant={heard === true ? 'filled' : 'default'} size="xs" aria-pressed={heard === true} onClick={() => onAnswer(true)} data-testid="readiness-speaker-heard">
              {t('readiness.speaker.heard')}
            </Button>
            <Button variant={heard === false ? 'filled' : 'default'} size="xs" aria-pressed={heard === false} onClick={() => onAnswer(false)} data-testid="readiness-speaker-not-heard">
              {t('readiness.speaker.notHeard')}
            </Button>
          </>
        )}
      </Group>
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
