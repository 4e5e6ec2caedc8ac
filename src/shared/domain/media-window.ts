/**
 * Call quality from what arrived in the last seconds, not from running
 * totals: a call whose audio stopped a minute in still has a fine average,
 * and that is exactly the one-way-audio call the agent must be told about.
 */
import { callQualityFrom, isPoorCall, type AudioStats, type CallQuality, type PoorCallThresholds } from './call-quality';

/** One reading of the call's audio statistics (cumulative counters, as WebRTC gives them). */
export interface AudioSample extends AudioStats {
  at: number;
}

/** Quality is judged over this much of the most recent audio. */
export const mediaWindowMs = 5_000;
/** Nothing received for this long (while neither side holds) is "no audio from the other side". */
export const noAudioAfterMs = 3_000;

export interface MediaWindow {
  samples: readonly AudioSample[];
  /** When a packet last arrived, or when listening (re)started: after connecting, or after a hold. */
  heardAt: number;
  /** The longest stretch so far with nothing received while the call was up and not held. */
  longestSilenceMs: number;
}

/** What the phone measured: `measured` has figures to judge (see lineVerdict). */
export type MediaState = 'starting' | 'measured' | 'no-audio' | 'held';
/** What the agent is told: the figures judged by the site's thresholds. */
export type LineVerdict = 'starting' | 'good' | 'poor' | 'no-audio' | 'held';

export interface MediaHealth {
  state: MediaState;
  /** Over the window; null until two readings exist or while nothing arrives. */
  quality: CallQuality | null;
  /** How long nothing has arrived (0 while held). */
  silentForMs: number;
  /** Totals since the call started, for the figures on hover. */
  packetsSent: number;
  packetsReceived: number;
}

export function startMediaWindow(at: number): MediaWindow {
  return { samples: [], heardAt: at, longestSilenceMs: 0 };
}

/**
 * Takes a new reading. While the call is held (by either side) silence is
 * expected: the clock of "nothing heard" restarts instead of running.
 */
export function addSample(window: MediaWindow, sample: AudioSample, held: boolean): MediaWindow {
  const previous = window.samples.at(-1);
  const arrived = previous === undefined ? sample.packetsReceived > 0 : sample.packetsReceived > previous.packetsReceived;
  const heardAt = held || arrived ? sample.at : window.heardAt;
  const samples = [...window.samples.filter((kept) => sample.at - kept.at <= mediaWindowMs), sample];
  return { samples, heardAt, longestSilenceMs: Math.max(window.longestSilenceMs, sample.at - heardAt) };
}

export function mediaHealth(window: MediaWindow, held: boolean): MediaHealth {
  const first = window.samples[0];
  const last = window.samples.at(-1);
  const totals = { packetsSent: last?.packetsSent ?? 0, packetsReceived: last?.packetsReceived ?? 0 };
  if (held) return { state: 'held', quality: null, silentForMs: 0, ...totals };
  if (!first || !last) return { state: 'starting', quality: null, silentForMs: 0, ...totals };
  const silentForMs = last.at - window.heardAt;
  const received = last.packetsReceived - first.packetsReceived;
  const lost = Math.max(0, last.packetsLost - first.packetsLost);
  const quality =
    first === last || received + lost === 0
      ? null
      : callQualityFrom({
          packetsSent: last.packetsSent,
          packetsReceived: received,
          packetsLost: lost,
          jitterSeconds: last.jitterSeconds,
          roundTripSeconds: last.roundTripSeconds,
        });
  if (silentForMs >= noAudioAfterMs) return { state: 'no-audio', quality, silentForMs, ...totals };
  return { state: quality ? 'measured' : 'starting', quality, silentForMs, ...totals };
}

/** The line as the agent is told it: a measured line is good or poor by the thresholds (the site's, from IT's policy, or the defaults). */
export function lineVerdict(health: MediaHealth, thresholds: PoorCallThresholds): LineVerdict {
  if (health.state !== 'measured') return health.state;
  return health.quality !== null && isPoorCall(health.quality, thresholds) ? 'poor' : 'good';
}
