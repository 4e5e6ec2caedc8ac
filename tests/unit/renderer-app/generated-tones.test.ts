import { describe, expect, it } from 'vitest';
import { meterValue, rmsLevel, speechLevel } from '../../../src/renderer/src/core/audio/signal-level';
import { renderTone, tones, toneSampleRate } from '../../../src/renderer/src/core/audio/tones';
import { encodeWav } from '../../../src/renderer/src/core/audio/wav';

describe('generated tones', () => {
  it('the ringtone sounds, then leaves a pause before the next ring', () => {
    const samples = renderTone(tones.ringtone);
    expect(samples.length / toneSampleRate).toBeCloseTo(3.6, 2);
    const ring = samples.subarray(0, 0.4 * toneSampleRate);
    const pause = samples.subarray(1.3 * toneSampleRate);
    expect(rmsLevel(ring)).toBeGreaterThan(0.2);
    expect(rmsLevel(pause)).toBe(0);
    expect(Math.max(...samples.map(Math.abs))).toBeLessThanOrEqual(0.5);
  });

  it('the call-waiting tone is quieter in the ear than the ringtone', () => {
    const waiting = renderTone(tones.callWaiting);
    expect(rmsLevel(waiting.subarray(0, 0.2 * toneSampleRate))).toBeLessThan(rmsLevel(renderTone(tones.ringtone).subarray(0, 0.4 * toneSampleRate)));
  });

  it('starts and ends every beep without a click', () => {
    const beep = renderTone(tones.autoAnswer);
    expect(Math.abs(beep[0] ?? 1)).toBeLessThan(0.01);
    expect(Math.abs(beep.at(-1) ?? 1)).toBeLessThan(0.01);
  });

  it('is packed as a WAV file any audio element plays', () => {
    const samples = new Float32Array([0, 1, -1, 0.5]);
    const wav = encodeWav(samples, 8_000);
    const view = new DataView(wav.buffer);
    const text = (offset: number) => String.fromCharCode(...wav.subarray(offset, offset + 4));
    expect([text(0), text(8), text(12), text(36)]).toEqual(['RIFF', 'WAVE', 'fmt ', 'data']);
    expect(view.getUint32(4, true)).toBe(wav.length - 8);
    expect(view.getUint32(24, true)).toBe(8_000);
    expect(view.getUint32(40, true)).toBe(8);
    expect([0, 1, 2, 3].map((i) => view.getInt16(44 + i * 2, true))).toEqual([0, 32767, -32767, 16384]);
  });
});

describe('the microphone meter', () => {
  it('reads silence as empty, speech as passing, and full scale as full', () => {
    expect(meterValue(rmsLevel(new Float32Array(480)))).toBe(0);
    expect(meterValue(0.001)).toBe(0);
    expect(meterValue(1)).toBe(100);
    const speech = renderTone({ level: 0.1, segments: [{ frequencies: [300], ms: 100 }] });
    expect(rmsLevel(speech)).toBeGreaterThan(speechLevel);
    expect(meterValue(rmsLevel(speech))).toBeGreaterThan(50);
  });
});
