/** One stretch of a tone pattern: these frequencies together (none: silence) for this long. */
export interface ToneSegment {
  frequencies: readonly number[];
  ms: number;
}

/** A pattern and how loud it is played (1 = full scale). */
export interface Tone {
  level: number;
  segments: readonly ToneSegment[];
}

export const toneSampleRate = 16_000;

/** Short fades at each edge: a tone cut at full level clicks in a headset. */
const fadeMs = 8;

/**
 * The console's sounds, generated rather than shipped. The ringtone is a
 * bright two-tone trill (louder and more urgent than the call-waiting
 * tone, which must not drown the customer's voice in the agent's ear).
 */
export const tones = {
  /** Two trills, then quiet; played in a loop on the ring device. */
  ringtone: {
    level: 0.5,
    segments: [
      ...Array.from({ length: 2 }, () => [
        { frequencies: [880, 1100], ms: 400 },
        { frequencies: [], ms: 200 },
      ]).flat(),
      { frequencies: [], ms: 2_400 },
    ],
  },
  /** Two soft beeps, then a long pause; in the agent's ear while another call waits. */
  callWaiting: {
    level: 0.2,
    segments: [
      { frequencies: [440], ms: 200 },
      { frequencies: [], ms: 150 },
      { frequencies: [440], ms: 200 },
      { frequencies: [], ms: 4_000 },
    ],
  },
  /** One short beep in the agent's ear just before a call is answered automatically. */
  autoAnswer: { level: 0.25, segments: [{ frequencies: [1_000], ms: 180 }] },
  /** The readiness check's speaker test: long enough to notice, pleasant enough to repeat. */
  speakerTest: {
    level: 0.3,
    segments: [
      { frequencies: [523], ms: 300 },
      { frequencies: [659], ms: 300 },
      { frequencies: [784], ms: 500 },
    ],
  },
} satisfies Record<string, Tone>;

export type ToneName = keyof typeof tones;

/** Samples in [-1, 1] for a pattern; chords are summed at equal level, each segment faded in and out. */
export function renderTone({ level, segments }: Tone, sampleRate = toneSampleRate): Float32Array {
  const lengths = segments.map((segment) => Math.round((segment.ms / 1000) * sampleRate));
  const samples = new Float32Array(lengths.reduce((sum, length) => sum + length, 0));
  const fade = Math.round((fadeMs / 1000) * sampleRate);
  let start = 0;
  segments.forEach((segment, index) => {
    const length = lengths[index] ?? 0;
    for (let i = 0; segment.frequencies.length > 0 && i < length; i++) {
      const envelope = Math.min(1, i / fade, (length - 1 - i) / fade);
      const t = i / sampleRate;
      const chord = segment.frequencies.reduce((sum, frequency) => sum + Math.sin(2 * Math.PI * frequency * t), 0);
      samples[start + i] = (level * envelope * chord) / segment.frequencies.length;
    }
    start += length;
  });
  return samples;
}
