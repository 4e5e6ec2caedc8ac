import { describe, expect, it } from 'vitest';
import { defaultPoorCallThresholds } from '@shared/domain/call-quality';
import { addSample, lineVerdict, mediaHealth, startMediaWindow, type AudioSample, type MediaWindow } from '@shared/domain/media-window';

/** Readings once a second: `received` packets per second (50 is a G.711/Opus stream), cumulative as WebRTC gives them. */
function stream(perSecond: readonly number[], options: { held?: (second: number) => boolean; lostPerSecond?: number; jitter?: number } = {}): MediaWindow {
  let window = startMediaWindow(0);
  let received = 0;
  let lost = 0;
  perSecond.forEach((count, index) => {
    received += count;
    lost += options.lostPerSecond ?? 0;
    const sample: AudioSample = { at: (index + 1) * 1_000, packetsSent: (index + 1) * 50, packetsReceived: received, packetsLost: lost, jitterSeconds: options.jitter ?? 0.002, roundTripSeconds: 0.02 };
    window = addSample(window, sample, options.held?.(index + 1) ?? false);
  });
  return window;
}

const verdict = (window: MediaWindow, held = false) => lineVerdict(mediaHealth(window, held), defaultPoorCallThresholds);

describe('call quality over the last seconds', () => {
  it('a steady call is a good line', () => {
    const window = stream(Array(10).fill(50));
    expect(verdict(window)).toBe('good');
    expect(mediaHealth(window, false).quality?.mos).toBeGreaterThan(4);
  });

  it('audio that stops a minute in is flagged within seconds, though the call’s average is still fine', () => {
    const health = mediaHealth(stream([...Array(60).fill(50), 0, 0, 0]), false);
    expect(lineVerdict(health, defaultPoorCallThresholds)).toBe('no-audio');
    expect(health.silentForMs).toBe(3_000);
  });

  it('two quiet seconds are not yet "no audio"', () => {
    expect(verdict(stream([...Array(10).fill(50), 0, 0]))).not.toBe('no-audio');
  });

  it('loss in the last seconds makes a poor line even after a long clean stretch', () => {
    const window = stream([...Array(60).fill(50)]);
    let lossy = window;
    let received = window.samples.at(-1)?.packetsReceived ?? 0;
    let lost = 0;
    for (let second = 61; second <= 66; second += 1) {
      received += 40;
      lost += 10;
      lossy = addSample(lossy, { at: second * 1_000, packetsSent: 0, packetsReceived: received, packetsLost: lost, jitterSeconds: 0.002, roundTripSeconds: 0.02 }, false);
    }
    expect(verdict(lossy)).toBe('poor');
    // A site that accepts more loss (IT's policy, callQuality.maxLossPercent and minMos) is told the same line is good.
    expect(lineVerdict(mediaHealth(lossy, false), { ...defaultPoorCallThresholds, lossPercent: 25, mos: 2 })).toBe('good');
    expect(mediaHealth(lossy, false).quality?.lossPercent).toBeCloseTo(20, 0);
  });

  it('a held call (either side) is not a media failure, and its silence does not count', () => {
    const held = (second: number) => second > 5 && second <= 20;
    const window = stream([...Array(5).fill(50), ...Array(15).fill(0), ...Array(5).fill(50)], { held });
    expect(window.longestSilenceMs).toBeLessThan(2_000);
    expect(verdict(window, true)).toBe('held');
  });

  it('keeps the longest silence for the record, after the audio came back', () => {
    const window = stream([...Array(5).fill(50), ...Array(8).fill(0), ...Array(5).fill(50)]);
    expect(verdict(window)).toBe('good');
    expect(window.longestSilenceMs).toBe(8_000);
  });

  it('a call where nothing ever arrived is "no audio" from its third second', () => {
    expect(verdict(stream([0, 0, 0]))).toBe('no-audio');
  });
});
