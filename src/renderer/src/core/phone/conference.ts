import { ConferenceMixer } from './conference-mixer';
import type { Microphone } from './microphone';
import type { PhoneLine } from './phone-line';

/**
 * Calls joined into one conversation, mixed in the page: what each line
 * sends is replaced by its share of the mix, and given back the plain
 * microphone when the conference ends.
 */
export class Conference {
  private constructor(
    private readonly mixer: ConferenceMixer,
    readonly lines: readonly PhoneLine[],
  ) {}

  /** Joins established calls; null when one of them has no audio to mix (it ended meanwhile). */
  static async join(lines: readonly PhoneLine[], microphone: Microphone, muted: boolean): Promise<Conference | null> {
    const remotes = lines.map((line) => line.remoteStream);
    if (remotes.some((remote) => remote === null) || lines.some((line) => line.ended)) return null;
    const mixer = new ConferenceMixer(await microphone.open(), remotes.filter((remote) => remote !== null));
    await Promise.all(lines.map((line, index) => sendTrack(line, mixer.sent[index] ?? null)));
    lines.forEach((line, index) => (line.mixedTrack = mixer.sent[index] ?? null));
    mixer.setMuted(muted);
    return new Conference(mixer, lines);
  }

  /** What the agent hears: every party. */
  get heard(): MediaStream {
    return this.mixer.heard;
  }

  includes(line: PhoneLine): boolean {
    return this.lines.includes(line);
  }

  setMuted(muted: boolean): void {
    this.mixer.setMuted(muted);
    this.lines.forEach((line) => line.setMuted(muted));
  }

  replaceMicrophone(stream: MediaStream): void {
    this.mixer.replaceMicrophone(stream);
  }

  /** Ends the mix: the calls still up go back to sending the microphone alone. */
  async close(microphone: Microphone): Promise<void> {
    for (const line of this.lines.filter((candidate) => !candidate.ended)) {
      line.mixedTrack = null;
      await sendTrack(line, (await microphone.open()).getAudioTracks()[0] ?? null);
    }
    this.mixer.close();
  }
}

/** Replaces what a call sends (the agent's new microphone, or a conference mix); the previous track is stopped. */
export async function sendTrack(line: PhoneLine, track: MediaStreamTrack | null): Promise<void> {
  const sender = line.audioSender;
  if (!track) return;
  if (!sender || line.ended) {
    track.stop();
    return;
  }
  const previous = sender.track;
  await sender.replaceTrack(track);
  if (previous && previous !== line.mixedTrack) previous.stop();
  line.applyMedia();
}
