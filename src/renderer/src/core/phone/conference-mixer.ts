/**
 * A conference mixed in the agent's own page with Web Audio: each party is
 * sent the agent's microphone plus every other party, and the agent hears
 * them all. No conference bridge on the server is needed. Any number of
 * parties: two for a three-way call, more when someone else joins.
 */
export class ConferenceMixer {
  private readonly context = new AudioContext();
  private readonly microphoneGain: GainNode;
  private microphoneSource: MediaStreamAudioSourceNode;
  /**
   * Chromium feeds a remote WebRTC stream into Web Audio only while a media
   * element plays it, so each one is also played, silently, by an element.
   */
  private readonly keepAlive: HTMLAudioElement[] = [];
  /** What each party is sent, in the order the parties were given. */
  readonly sent: MediaStreamTrack[];
  /** What the agent hears: both parties. */
  readonly heard: MediaStream;

  constructor(
    private microphone: MediaStream,
    remotes: readonly MediaStream[],
  ) {
    const context = this.context;
    this.microphoneGain = context.createGain();
    this.microphoneSource = context.createMediaStreamSource(microphone);
    this.microphoneSource.connect(this.microphoneGain);
    const agentEar = context.createMediaStreamDestination();
    const outputs = remotes.map(() => context.createMediaStreamDestination());
    remotes.forEach((remote, index) => {
      const element = new Audio();
      element.muted = true;
      element.srcObject = remote;
      // Muted playback is never blocked by autoplay rules; if it fails anyway, that party is heard through the call but not mixed.
      element.play().catch((error: unknown) => console.warn('A conference party could not be fed into the mix.', error));
      this.keepAlive.push(element);
      const source = context.createMediaStreamSource(remote);
      source.connect(agentEar);
      // Party `index` hears the agent and every other party, never itself.
      outputs.forEach((output, target) => {
        if (target !== index) source.connect(output);
      });
    });
    outputs.forEach((output) => this.microphoneGain.connect(output));
    this.sent = outputs.map((output) => output.stream.getAudioTracks()[0]).filter((track) => track !== undefined);
    this.heard = agentEar.stream;
    void context.resume();
  }

  setMuted(muted: boolean): void {
    this.microphoneGain.gain.value = muted ? 0 : 1;
  }

  /** The agent's microphone changed mid-conference: both parties hear the new one. */
  replaceMicrophone(microphone: MediaStream): void {
    this.microphoneSource.disconnect();
    this.microphone.getTracks().forEach((track) => track.stop());
    this.microphone = microphone;
    this.microphoneSource = this.context.createMediaStreamSource(microphone);
    this.microphoneSource.connect(this.microphoneGain);
  }

  close(): void {
    this.sent.forEach((track) => track.stop());
    this.heard.getTracks().forEach((track) => track.stop());
    this.microphone.getTracks().forEach((track) => track.stop());
    this.keepAlive.forEach((element) => {
      element.srcObject = null;
    });
    void this.context.close();
  }
}
