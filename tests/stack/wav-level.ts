import { readFileSync } from 'node:fs';

/**
 * Root-mean-square level of a 16-bit PCM WAV file, 0 (silence) to 1 (full
 * scale): enough to tell whether a party heard anything at all.
 */
export function wavLevel(file: string): number {
  const wav = readFileSync(file);
  const dataAt = wav.indexOf('data');
  if (dataAt < 0) return 0;
  const samples = new Int16Array(wav.buffer.slice(wav.byteOffset + dataAt + 8, wav.byteOffset + wav.length - ((wav.length - dataAt - 8) % 2)));
  if (samples.length === 0) return 0;
  let sum = 0;
  for (const sample of samples) sum += (sample / 32768) ** 2;
  return Math.sqrt(sum / samples.length);
}
