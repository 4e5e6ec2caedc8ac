/**
 * The bare phone: the least a WebRTC softphone can do in a page, as the
 * floor of the CPU-per-call bench. sip.js registers over WebSocket and
 * answers every call at once with sip.js's own WebRTC session handler; the
 * microphone is opened per call with the console's constraints (given by the
 * bench), the far end is played in one <audio> element. No UI, no timers, no
 * statistics unless the bench asks for them.
 */
import { Registerer, RegistererState, SessionState, UserAgent, type Invitation } from 'sip.js';
import { defaultSessionDescriptionHandlerFactory, type SessionDescriptionHandler } from 'sip.js/lib/platform/web';

export interface BarePhoneAccount {
  server: string;
  username: string;
  password: string;
  domain: string;
  /** What getUserMedia is asked for: the console's microphone constraints. */
  microphone: MediaTrackConstraints;
}

/** What the call's peer connection has carried so far (from getStats), and whether the far end is being played. */
export interface AudioCounters {
  packetsReceived: number;
  packetsSent: number;
  /** Grows only while what arrives is sound, not silence. */
  audioEnergyReceived: number;
  playing: boolean;
}

export interface BarePhone {
  register(account: BarePhoneAccount): Promise<void>;
  /** Resolves once the next call (or the one up now) is established; rejects if it ends before. */
  callEstablished(): Promise<void>;
  hangUp(): Promise<void>;
  audioCounters(): Promise<AudioCounters>;
}

declare global {
  interface Window {
    barePhone: BarePhone;
  }
}

const remoteAudio = document.createElement('audio');
remoteAudio.autoplay = true;
document.body.append(remoteAudio);

let call: Invitation | null = null;
const waiting = new Set<{ resolve(): void; reject(error: Error): void }>();

function handlerOf(invitation: Invitation): SessionDescriptionHandler {
  const handler = invitation.sessionDescriptionHandler as SessionDescriptionHandler | undefined;
  if (!handler) throw new Error('the call has no media session');
  return handler;
}

function answer(invitation: Invitation): void {
  call = invitation;
  invitation.stateChange.addListener((state) => {
    if (state === SessionState.Established) {
      remoteAudio.srcObject = handlerOf(invitation).remoteMediaStream;
      waiting.forEach((waiter) => waiter.resolve());
      waiting.clear();
    } else if (state === SessionState.Terminated) {
      waiting.forEach((waiter) => waiter.reject(new Error('the call ended before it was established')));
      waiting.clear();
      if (call === invitation) call = null;
      remoteAudio.srcObject = null;
    }
  });
  invitation.accept().catch((error: unknown) => console.error(`The bare phone could not answer: ${String(error)}`));
}

window.barePhone = {
  async register(account) {
    const uri = UserAgent.makeURI(`sip:${account.username}@${account.domain}`);
    if (!uri) throw new Error(`not a SIP address: ${account.username}@${account.domain}`);
    const agent = new UserAgent({
      uri,
      authorizationUsername: account.username,
      authorizationPassword: account.password,
      transportOptions: { server: account.server },
      logLevel: 'error',
      // sip.js opens the microphone with the constraints it is handed; the console's are used instead, as the console does.
      sessionDescriptionHandlerFactory: defaultSessionDescriptionHandlerFactory(() => navigator.mediaDevices.getUserMedia({ audio: account.microphone, video: false })),
      // As the console: no STUN or TURN server on loopback (sip.js would otherwise try Google's).
      sessionDescriptionHandlerFactoryOptions: { peerConnectionConfiguration: { iceServers: [] } },
      delegate: { onInvite: answer },
    });
    await agent.start();
    const registerer = new Registerer(agent);
    await new Promise<void>((registered, failed) => {
      registerer.stateChange.addListener((state) => {
        if (state === RegistererState.Registered) registered();
        else if (state === RegistererState.Unregistered || state === RegistererState.Terminated) failed(new Error(`the bare phone's registration ended ${state}`));
      });
      registerer.register({ requestDelegate: { onReject: (response) => failed(new Error(`REGISTER refused: ${response.message.statusCode}`)) } }).catch(failed);
    });
  },
  callEstablished() {
    if (call?.state === SessionState.Established) return Promise.resolve();
    return new Promise((resolve, reject) => waiting.add({ resolve, reject }));
  },
  async hangUp() {
    if (!call) throw new Error('no call to hang up');
    await call.bye();
  },
  async audioCounters() {
    if (!call) throw new Error('no call to read');
    const peerConnection = handlerOf(call).peerConnection;
    if (!peerConnection) throw new Error('the call has no peer connection');
    const reports: Record<string, unknown>[] = [];
    (await peerConnection.getStats()).forEach((report: Record<string, unknown>) => reports.push(report));
    const inbound = reports.find((report) => report.type === 'inbound-rtp' && report.kind === 'audio');
    const outbound = reports.find((report) => report.type === 'outbound-rtp' && report.kind === 'audio');
    return {
      packetsReceived: Number(inbound?.packetsReceived ?? 0),
      packetsSent: Number(outbound?.packetsSent ?? 0),
      audioEnergyReceived: Number(inbound?.totalAudioEnergy ?? 0),
      playing: !remoteAudio.paused && remoteAudio.srcObject !== null,
    };
  },
};
