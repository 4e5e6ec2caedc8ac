import type { AudioStats } from '@shared/domain/call-quality';

/** The audio figures of one getStats() report. */
export function readAudioStats(report: RTCStatsReport): AudioStats {
  const stats: AudioStats = { packetsSent: 0, packetsReceived: 0, packetsLost: 0, jitterSeconds: 0, roundTripSeconds: null };
  report.forEach((entry: Record<string, unknown>) => {
    if (entry.kind !== undefined && entry.kind !== 'audio') return;
    if (entry.type === 'outbound-rtp') stats.packetsSent += Number(entry.packetsSent ?? 0);
    if (entry.type === 'inbound-rtp') {
      stats.packetsReceived += Number(entry.packetsReceived ?? 0);
      stats.packetsLost += Math.max(0, Number(entry.packetsLost ?? 0));
      stats.jitterSeconds = Math.max(stats.jitterSeconds, Number(entry.jitter ?? 0));
    }
    if (entry.type === 'remote-inbound-rtp' && typeof entry.roundTripTime === 'number') stats.roundTripSeconds = entry.roundTripTime;
    if (entry.type === 'candidate-pair' && entry.nominated === true && typeof entry.currentRoundTripTime === 'number') {
      stats.roundTripSeconds ??= entry.currentRoundTripTime;
    }
  });
  return stats;
}
