/**
 * The agent's microphone inside a Web Audio mix: one gain node every
 * output takes it from, so that mute silences it for everyone at once and a
 * new device replaces it without rebuilding the mix.
 */
export class MixerMicrophone {
  /** Connect outputs to this. */
  readonly gain: GainNode;
  private source: MediaStreamAudioSourceNode;

  constructor(
    private readonly context: AudioContext,
    private stream: MediaStream,
  ) {
    this.gain = context.createGain();
    this.source = context.createMediaStreamSource(stream);
    this.source.connect(this.gain);
  }

  setMuted(muted: boolean): void {
    this.gain.gain.value = muted ? 0 : 1;
  }

  /** The agent chose another microphone (or the headset went away): the mix takes the new one, the old one is stopped. */
  replace(stream: MediaStream): void {
    this.source.disconnect();
    this.stop();
    this.stream = stream;
    this.source = this.context.createMediaStreamSource(stream);
    this.source.connect(this.gain);
  }

  stop(): void {
    this.stream.getTracks().forEach((track) => track.stop());
  }
}
