import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Group, Text } from '@mantine/core';
import WaveSurfer from 'wavesurfer.js';
import { waveformHeight } from '@shared/security/waveform-style';
import { useContract } from '../../ui/contract-context';
import { formatDuration } from '../../ui/format';
import { fetchRecording, type RecordingProblem } from './recording-problem';

type PlayerState = { status: 'loading' } | { status: 'ready'; duration: number } | { status: 'failed'; problem: RecordingProblem };

/**
 * The call's recording with its waveform: play, pause, and a click on the
 * waveform seeks there. The file is fetched here (so a 404, an unreachable
 * server or a file that is not audio can each be said) and handed to
 * wavesurfer.js as a blob; a failure is also written to the console's log.
 */
export function RecordingPlayer({ url }: { url: string }) {
  const { t } = useTranslation();
  const contract = useContract();
  const container = useRef<HTMLDivElement>(null);
  const [player, setPlayer] = useState<WaveSurfer | null>(null);
  const [state, setState] = useState<PlayerState>({ status: 'loading' });
  const [playing, setPlaying] = useState(false);
  const [position, setPosition] = useState(0);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const aborted = new AbortController();
    // wavesurfer draws on canvas: it takes colours as values, so the theme's tokens are read from the page.
    const token = (name: string) => getComputedStyle(element).getPropertyValue(name).trim();
    const surfer = WaveSurfer.create({ container: element, height: waveformHeight, waveColor: token('--muted'), progressColor: token('--accent'), cursorColor: token('--text') });
    const fail = (problem: RecordingProblem) => {
      setState({ status: 'failed', problem });
      void contract.call('log.write', { level: 'warn', scope: 'call-review', message: `Recording could not be played: ${problem}` });
    };
    surfer.on('ready', (duration) => setState({ status: 'ready', duration }));
    surfer.on('play', () => setPlaying(true));
    surfer.on('pause', () => setPlaying(false));
    surfer.on('timeupdate', (seconds) => setPosition(seconds));
    surfer.on('error', () => fail('not-audio'));
    setState({ status: 'loading' });
    setPlayer(surfer);
    fetchRecording(url, aborted.signal)
      .then((recording) => (typeof recording === 'string' ? fail(recording) : surfer.loadBlob(recording)))
      .catch((error: unknown) => {
        if (!aborted.signal.aborted) fail(error instanceof DOMException && error.name === 'EncodingError' ? 'not-audio' : 'unreachable');
      });
    return () => {
      aborted.abort();
      surfer.destroy();
    };
  }, [url, contract]);

  return (
    <div className="call-review__recording" data-testid="recording" data-state={state.status}>
      <div ref={container} className="call-review__waveform" data-testid="recording-waveform" hidden={state.status === 'failed'} />
      {state.status === 'failed' && (
        <Text size="sm" role="status" data-testid="recording-problem" data-problem={state.problem}>
          {t(`review.recording.problem.${state.problem}`)}
        </Text>
      )}
      {state.status === 'loading' && <Text size="sm">{t('review.recording.loading')}</Text>}
      {state.status === 'ready' && player && (
        <Group gap="xs">
          <Button size="xs" onClick={() => void player.playPause()} data-testid="recording-play" aria-pressed={playing}>
            {playing ? t('review.recording.pause') : t('review.recording.play')}
          </Button>
          <Text size="sm" data-testid="recording-position">
            {formatDuration(Math.floor(position))} / {formatDuration(Math.round(state.duration))}
          </Text>
        </Group>
      )}
    </div>
  );
}
