/** Root-mean-square level of a block of samples in [-1, 1]. */
export function rmsLevel(samples: Float32Array): number {
  if (samples.length === 0) return 0;
  let sum = 0;
  for (const sample of samples) sum += sample * sample;
  return Math.sqrt(sum / samples.length);
}

/**
 * Above this the microphone carries a voice, not just room noise: normal
 * speech a few centimetres from a headset boom sits around -30 to -20 dBFS
 * (0.03–0.1 RMS), a quiet room near -60 dBFS.
 */
export const speechLevel = 0.02;

/** The level on the meter's 0–100 scale; logarithmic like the ear, -60 dBFS at the bottom. */
export function meterValue(rms: number): number {
  if (rms <= 0) return 0;
  const decibels = 20 * Math.log10(rms);
  return Math.round(Math.max(0, Math.min(100, ((decibels + 60) / 60) * 100)));
}
