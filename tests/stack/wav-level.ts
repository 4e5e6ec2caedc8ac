import { readFileSync } from 'node:fs';

function readWav(file: string): { samples: Int16Array; sampleRate: number } {
  const wav = readFileSync(file);
  const sampleRate = wav.length >= 28 ? wav.readUInt32LE(24) : 8000;
  const dataAt = wav.indexOf('data');
  if (dataAt < 0) return { samples: new Int16Array(0), sampleRate };
  const samples = new Int16Array(wav.buffer.slice(wav.byteOffset + dataAt + 8, wav.byteOffset + wav.length - ((wav.length - dataAt - 8) % 2)));
  return { samples, sampleRate };
}

/**
 * Root-mean-square level of a 16-bit PCM WAV file, 0 (silence) to 1 (full
 * scale): enough to tell whether a party heard anything at all.
 */
export function wavLevel(file: string): number {
  const { samples } = readWav(file);
  if (samples.length === 0) return 0;
  let sum = 0;
  for (const sample of samples) sum += (sample / 32768) ** 2;
  return Math.sqrt(sum / samples.length);
}

/**
 * Amplitude (0–1) of one frequency in a 16-bit PCM WAV (Goertzel over the
 * whole file): tells which party's tone a recording holds, e.g. whether a
 * conference passed one caller's voice to the other. From `fromSecond` on,
 * for a recording still being written: what was heard since a moment.
 */
export function toneLevel(file: string, hertz: number, fromSecond = 0): number {
  const { samples: whole, sampleRate } = readWav(file);
  const samples = whole.subarray(Math.round(fromSecond * sampleRate));
  if (samples.length === 0) return 0;
  const coefficient = 2 * Math.cos((2 * Math.PI * hertz) / sampleRate);
  let previous = 0;
  let beforePrevious = 0;
  for (const sample of samples) {
    const current = sample / 32768 + coefficient * previous - beforePrevious;
    beforePrevious = previous;
    previous = current;
  }
  const power = previous * previous + beforePrevious * beforePrevious - coefficient * previous * beforePrevious;
  return (2 * Math.sqrt(Math.max(0, power))) / samples.length;
}

/** How many seconds a WAV holds so far (a recording still being written grows). */
export function wavSeconds(file: string): number {
  const { samples, sampleRate } = readWav(file);
  return samples.length / sampleRate;
}
