import { addSample, mediaHealth, noAudioAfterMs, startMediaWindow, type MediaHealth, type MediaWindow } from '@shared/domain/media-window';
import { callQualityFrom, type CallQuality } from '@shared/domain/call-quality';
import { readAudioStats } from './read-audio-stats';

export interface MediaMonitorEvents {
  /** A new reading: the indicator follows it. */
  onHealth(health: MediaHealth): void;
  /** The first audio arrived. */
  onHeard(): void;
  /** Connected for a while and nothing has ever arrived: one-way (or no-way) audio from the first second. */
  onNothingHeard(): void;
}

/**
 * Reads a call's audio statistics once a second into a sliding window, so
 * the quality shown is that of the last seconds, and a line that went quiet
 * (the far end's media stopped, a media server froze) is flagged within
 * seconds instead of averaging out.
 */
export class MediaMonitor {
  private window: MediaWindow;
  private timer: ReturnType<typeof setInterval> | null;
  private heard = false;
  private readonly connectedAt = Date.now();

  constructor(
    private readonly connection: RTCPeerConnection,
    /** Whether either side holds the call: silence is expected then. */
    private readonly held: () => boolean,
    private readonly events: MediaMonitorEvents,
  ) {
    this.window = startMediaWindow(this.connectedAt);
    this.timer = setInterval(() => {
      // A reading can fail only as the connection closes; the call's own end says what happened.
      this.read().catch((error: unknown) => console.warn('Call statistics could not be read; the call is closing.', error));
    }, 1_000);
  }

  /** The longest stretch with nothing received while the call was up and not held, in whole seconds. */
  get longestSilenceSeconds(): number {
    return Math.floor(this.window.longestSilenceMs / 1_000);
  }

  /** The whole call so far, from the running totals (the window judges only the last seconds); null before any reading. */
  get wholeCallQuality(): CallQuality | null {
    const last = this.window.samples.at(-1);
    return last === undefined || last.packetsReceived + last.packetsLost === 0 ? null : callQualityFrom(last);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private async read(): Promise<void> {
    const report = await this.connection.getStats();
    if (!this.timer) return;
    const stats = readAudioStats(report);
    const held = this.held();
    this.window = addSample(this.window, { at: Date.now(), ...stats }, held);
    if (!this.heard && stats.packetsReceived > 0) {
      this.heard = true;
      this.events.onHeard();
    } else if (!this.heard && !held && Date.now() - this.connectedAt >= noAudioAfterMs) {
      this.events.onNothingHeard();
    }
    this.events.onHealth(mediaHealth(this.window, held));
  }
}
