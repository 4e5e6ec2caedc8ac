import { useEffect, useState } from 'react';
import { rmsLevel } from '../../core/audio/signal-level';

/** How often the level is read: smooth enough to watch, rare enough not to busy the renderer. */
const readEveryMs = 100;
/**
 * A level meter rises at once and falls slowly (about 3 dB per reading), as
 * VU meters do: a short syllable stays visible long enough to be seen.
 */
const fallPerReading = 0.7;

/** The RMS level of the stream's audio, read through a Web Audio analyser, with meter ballistics; 0 without a stream. */
export function useMicrophoneLevel(stream: MediaStream | null): number {
  const [level, setLevel] = useState(0);

  useEffect(() => {
    if (!stream) return;
    const context = new AudioContext();
    const analyser = context.createAnalyser();
    analyser.fftSize = 2048;
    const source = context.createMediaStreamSource(stream);
    source.connect(analyser);
    const samples = new Float32Array(analyser.fftSize);
    const timer = setInterval(() => {
      analyser.getFloatTimeDomainData(samples);
      const now = rmsLevel(samples);
      setLevel((previous) => Math.max(now, previous * fallPerReading));
    }, readEveryMs);
    return () => {
      clearInterval(timer);
      source.disconnect();
      void context.close();
    };
  }, [stream]);

  return stream ? level : 0;
}
