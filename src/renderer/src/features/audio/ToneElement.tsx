import { useEffect, useRef } from 'react';
import type { ToneName } from '../../core/audio/tones';
import { toneUrl } from '../../core/audio/tone-url';
import { useAudioRoute } from './audio-route';

interface ToneElementProps {
  tone: ToneName;
  /** The output device (null: the system default). */
  sinkId: string | null;
  playing: boolean;
  loop?: boolean;
  /** The tone played to its end, or could not play at all: whatever waited for it goes on. */
  onFinished?: () => void;
  testId: string;
}

/**
 * One generated tone in its own <audio> element, so that it can play on its
 * own device (setSinkId): the ring on the desk speakers, a beep in the headset.
 */
export function ToneElement({ tone, sinkId, playing, loop = false, onFinished, testId }: ToneElementProps) {
  const element = useRef<HTMLAudioElement>(null);
  const { reportAutoplayBlocked } = useAudioRoute();
  const finished = useRef(onFinished);
  useEffect(() => {
    finished.current = onFinished;
  }, [onFinished]);

  useEffect(() => {
    void element.current?.setSinkId(sinkId ?? '').catch((error: unknown) => console.error(`A tone's output device could not be selected: ${String(error)}`));
  }, [sinkId]);

  useEffect(() => {
    const audio = element.current;
    if (!audio || !playing) return;
    audio.currentTime = 0;
    audio.play().catch((error: unknown) => {
      if (error instanceof DOMException && error.name === 'NotAllowedError') reportAutoplayBlocked();
      // An AbortError only means the tone was stopped before it started.
      if (!(error instanceof DOMException && error.name === 'AbortError')) finished.current?.();
    });
    return () => audio.pause();
  }, [playing, reportAutoplayBlocked]);

  return <audio ref={element} src={toneUrl(tone)} loop={loop} preload="auto" onEnded={() => finished.current?.()} data-testid={testId} />;
}
