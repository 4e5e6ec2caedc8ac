import { describe, expect, it } from 'vitest';
import { callQualityFrom, defaultPoorCallThresholds, estimateMos, isPoorCall } from '@shared/domain/call-quality';

describe('call quality', () => {
  it('rates a clean loopback call as excellent (MOS above 4.3)', () => {
    expect(estimateMos(2, 1, 0)).toBeGreaterThan(4.3);
  });

  it('falls as loss, jitter and delay grow', () => {
    const clean = estimateMos(40, 5, 0);
    expect(estimateMos(40, 5, 2)).toBeLessThan(clean);
    expect(estimateMos(40, 60, 0)).toBeLessThan(clean);
    expect(estimateMos(600, 5, 0)).toBeLessThan(clean);
    expect(estimateMos(800, 80, 20)).toBeLessThan(2);
  });

  it.each([
    ['round trip over 400 ms', { roundTripSeconds: 0.45, jitterSeconds: 0.005, packetsLost: 0 }],
    ['jitter over 30 ms', { roundTripSeconds: 0.02, jitterSeconds: 0.035, packetsLost: 0 }],
    ['loss over 3 %', { roundTripSeconds: 0.02, jitterSeconds: 0.005, packetsLost: 40 }],
  ])('warns when the call is poor: %s', (_case, stats) => {
    expect(isPoorCall(callQualityFrom({ packetsSent: 1000, packetsReceived: 1000, ...stats }), defaultPoorCallThresholds)).toBe(true);
  });

  it('does not warn about a good call, and counts loss against what was expected', () => {
    const quality = callQualityFrom({ packetsSent: 500, packetsReceived: 990, packetsLost: 10, jitterSeconds: 0.004, roundTripSeconds: 0.03 });
    expect(quality.lossPercent).toBeCloseTo(1, 5);
    expect(isPoorCall(quality, defaultPoorCallThresholds)).toBe(false);
  });
});
