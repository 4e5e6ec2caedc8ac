import { execFileSync } from 'node:child_process';

/** A WAV of a steady tone at 8 kHz (what baresip plays into its calls), made with sox. */
export function writeTone(file: string, seconds: number, hertz = 440): string {
  execFileSync('sox', ['-n', '-r', '8000', '-c', '1', '-b', '16', file, 'synth', String(seconds), 'sine', String(hertz), 'vol', '0.5']);
  return file;
}
