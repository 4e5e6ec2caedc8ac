import { useCallback, useEffect, useRef } from 'react';
import type { ToneName } from '../../core/audio/tones';
import { toneUrl } from '../../core/audio/tone-url';
import { useAudioRoute } from './audio-route';

/** However busy the page, its tones are ready this soon after it opens. */
const toneLoadWithinMs = 2000;

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

  // The tone is made when the page is idle rather than in the first screen's render (a ring before
  // then makes it on the spot): the console is usable sooner.
  const loadedTone = useRef<ToneName | null>(null);
  const load = useCallback(
    (audio: HTMLAudioElement) => {
      if (loadedTone.current === tone) return;
      audio.src = toneUrl(tone);
      loadedTone.current = tone;
    },
    [tone],
  );
  useEffect(() => {
    const audio = element.current;
    if (!audio) return;
    const idle = requestIdleCallback(() => load(audio), { timeout: toneLoadWithinMs });
    return () => cancelIdleCallback(idle);
  }, [load]);

  useEffect(() => {
    const audio = element.current;
    if (!audio || !playing) return;
    load(audio);
    audio.currentTime = 0;
    audio.play().catch((error: unknown) => {
      if (error instanceof DOMException && error.name === 'NotAllowedError') reportAutoplayBlocked();
      // An AbortError only means the tone was stopped before it started.
      if (!(error instanceof DOMException && error.name === 'AbortError')) finished.current?.();
    });
    return () => audio.pause();
  }, [playing, load, reportAutoplayBlocked]);

  return <audio ref={element} loop={loop} preload="auto" onEnded={() => finished.current?.()} data-testid={testId} />;
}
