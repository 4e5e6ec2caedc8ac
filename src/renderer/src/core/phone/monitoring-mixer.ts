import { MixerMicrophone } from './mixer-microphone';
import type { SupervisorGains } from './monitoring-signals';
import { remoteAudioSource, type RemoteAudioSource } from './remote-audio-source';

/**
 * The agent's side of listen / whisper / barge, mixed in the agent's page
 * with Web Audio from the agent's microphone (M), the customer (C) and the
 * supervisor (S):
 *  - the supervisor is sent M + C, always;
 *  - the customer is sent M, plus S by `toCustomer` (Barge);
 *  - the agent hears C, plus S by `toAgent` (Whisper and Barge).
 * The gains change in place: switching the mode needs no new call.
 */
export class MonitoringMixer {
  private readonly context = new AudioContext();
  private readonly microphone: MixerMicrophone;
  private readonly remotes: RemoteAudioSource[];
  private readonly supervisorToCustomer: GainNode;
  private readonly supervisorToAgent: GainNode;
  /** What the monitoring call sends the supervisor: M + C. */
  readonly toSupervisor: MediaStreamTrack | null;
  /** What the customer's call sends: M (+ S in Barge). */
  readonly toCustomer: MediaStreamTrack | null;
  /** What the agent hears: C (+ S in Whisper and Barge). */
  readonly agentEar: MediaStream;

  constructor(microphone: MediaStream, customer: MediaStream, supervisor: MediaStream, gains: SupervisorGains) {
    const context = this.context;
    this.microphone = new MixerMicrophone(context, microphone);
    const customerSource = remoteAudioSource(context, customer, 'The customer');
    const supervisorSource = remoteAudioSource(context, supervisor, 'The supervisor');
    this.remotes = [customerSource, supervisorSource];
    this.supervisorToCustomer = context.createGain();
    this.supervisorToAgent = context.createGain();
    supervisorSource.source.connect(this.supervisorToCustomer);
    supervisorSource.source.connect(this.supervisorToAgent);

    const supervisorOut = context.createMediaStreamDestination();
    this.microphone.gain.connect(supervisorOut);
    customerSource.source.connect(supervisorOut);
    const customerOut = context.createMediaStreamDestination();
    this.microphone.gain.connect(customerOut);
    this.supervisorToCustomer.connect(customerOut);
    const agentOut = context.createMediaStreamDestination();
    customerSource.source.connect(agentOut);
    this.supervisorToAgent.connect(agentOut);

    this.toSupervisor = supervisorOut.stream.getAudioTracks()[0] ?? null;
    this.toCustomer = customerOut.stream.getAudioTracks()[0] ?? null;
    this.agentEar = agentOut.stream;
    this.setGains(gains);
    void context.resume();
  }

  setGains(gains: SupervisorGains): void {
    this.supervisorToCustomer.gain.value = gains.toCustomer;
    this.supervisorToAgent.gain.value = gains.toAgent;
  }

  /** Mute silences the agent's microphone for the customer and the supervisor alike. */
  setMuted(muted: boolean): void {
    this.microphone.setMuted(muted);
  }

  replaceMicrophone(microphone: MediaStream): void {
    this.microphone.replace(microphone);
  }

  close(): void {
    this.toSupervisor?.stop();
    this.toCustomer?.stop();
    this.agentEar.getTracks().forEach((track) => track.stop());
    this.microphone.stop();
    this.remotes.forEach((remote) => remote.release());
    void this.context.close();
  }
}
