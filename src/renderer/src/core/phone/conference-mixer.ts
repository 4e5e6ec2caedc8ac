import { MixerMicrophone } from './mixer-microphone';
import { remoteAudioSource, type RemoteAudioSource } from './remote-audio-source';

/**
 * A conference mixed in the agent's own page with Web Audio: each party is
 * sent the agent's microphone plus every other party, and the agent hears
 * them all. No conference bridge on the server is needed. Any number of
 * parties: two for a three-way call, more when someone else joins.
 */
export class ConferenceMixer {
  private readonly context = new AudioContext();
  private readonly microphone: MixerMicrophone;
  private readonly remotes: RemoteAudioSource[];
  /** What each party is sent, in the order the parties were given. */
  readonly sent: MediaStreamTrack[];
  /** What the agent hears: both parties. */
  readonly heard: MediaStream;

  constructor(microphone: MediaStream, remotes: readonly MediaStream[]) {
    const context = this.context;
    this.microphone = new MixerMicrophone(context, microphone);
    const agentEar = context.createMediaStreamDestination();
    const outputs = remotes.map(() => context.createMediaStreamDestination());
    this.remotes = remotes.map((remote) => remoteAudioSource(context, remote, 'A conference party'));
    this.remotes.forEach(({ source }, index) => {
      source.connect(agentEar);
      // Party `index` hears the agent and every other party, never itself.
      outputs.forEach((output, target) => {
        if (target !== index) source.connect(output);
      });
    });
    outputs.forEach((output) => this.microphone.gain.connect(output));
    this.sent = outputs.map((output) => output.stream.getAudioTracks()[0]).filter((track) => track !== undefined);
    this.heard = agentEar.stream;
    void context.resume();
  }

  setMuted(muted: boolean): void {
    this.microphone.setMuted(muted);
  }

  /** The agent's microphone changed mid-conference: both parties hear the new one. */
  replaceMicrophone(microphone: MediaStream): void {
    this.microphone.replace(microphone);
  }

  close(): void {
    this.sent.forEach((track) => track.stop());
    this.heard.getTracks().forEach((track) => track.stop());
    this.microphone.stop();
    this.remotes.forEach((remote) => remote.release());
    void this.context.close();
  }
}
