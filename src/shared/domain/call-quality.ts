/** Call quality from WebRTC statistics, and what "poor" means (industry thresholds unless the site's policy sets its own). */

export interface CallQuality {
  packetsSent: number;
  packetsReceived: number;
  lossPercent: number;
  jitterMs: number;
  roundTripMs: number | null;
  mos: number;
}

/** A call is poor above any of the first three or below the MOS. */
export interface PoorCallThresholds {
  roundTripMs: number;
  jitterMs: number;
  lossPercent: number;
  mos: number;
}

export const defaultPoorCallThresholds: PoorCallThresholds = { roundTripMs: 400, jitterMs: 30, lossPercent: 3, mos: 3.5 };

export function isPoorCall(quality: CallQuality, thresholds: PoorCallThresholds): boolean {
  return (
    (quality.roundTripMs ?? 0) > thresholds.roundTripMs ||
    quality.jitterMs > thresholds.jitterMs ||
    quality.lossPercent > thresholds.lossPercent ||
    quality.mos < thresholds.mos
  );
}

export interface AudioStats {
  packetsSent: number;
  packetsReceived: number;
  packetsLost: number;
  jitterSeconds: number;
  roundTripSeconds: number | null;
}

/**
 * Mean opinion score by the E-model (ITU-T G.107), simplified for G.711 with
 * packet-loss concealment: delay impairment from one-way latency and jitter,
 * equipment impairment from loss (Bpl 25.1).
 */
export function estimateMos(roundTripMs: number | null, jitterMs: number, lossPercent: number): number {
  const latency = (roundTripMs ?? 0) / 2 + 2 * jitterMs + 10;
  const delayImpairment = latency < 160 ? latency / 40 : (latency - 120) / 10;
  const lossImpairment = (95 * lossPercent) / (lossPercent + 25.1);
  const r = Math.max(0, Math.min(100, 93.2 - delayImpairment - lossImpairment));
  return Math.round((1 + 0.035 * r + 7e-6 * r * (r - 60) * (100 - r)) * 100) / 100;
}

export function callQualityFrom(stats: AudioStats): CallQuality {
  const expected = stats.packetsReceived + stats.packetsLost;
  const lossPercent = expected === 0 ? 0 : (100 * stats.packetsLost) / expected;
  const jitterMs = stats.jitterSeconds * 1000;
  const roundTripMs = stats.roundTripSeconds === null ? null : stats.roundTripSeconds * 1000;
  const mos = estimateMos(roundTripMs, jitterMs, lossPercent);
  return { packetsSent: stats.packetsSent, packetsReceived: stats.packetsReceived, lossPercent, jitterMs, roundTripMs, mos };
}
