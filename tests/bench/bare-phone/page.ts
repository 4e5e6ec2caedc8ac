/**
 * The bare phone: the least a WebRTC softphone can do in a page, as the
 * floor of the CPU-per-call and call-setup benches. sip.js registers over
 * WebSocket and answers every call at once with sip.js's own WebRTC session
 * handler; the microphone is opened per call with the console's constraints
 * (given by the bench), the far end is played in one <audio> element. It
 * dials too, from the same test ids the console has (dial-input, call-button,
 * hangup-button, call-status with data-call), so the call-setup bench times
 * both pages with the same code; an outgoing call takes a microphone kept
 * open, as the console's warm one. No timers, no statistics unless the
 * bench asks for them.
 */
import { Inviter, Registerer, RegistererState, SessionState, UserAgent, type Invitation, type Session } from 'sip.js';
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

function element<K extends keyof HTMLElementTagNameMap>(tag: K, testId: string, text = ''): HTMLElementTagNameMap[K] {
  const made = document.createElement(tag);
  made.dataset.testid = testId;
  made.textContent = text;
  document.body.append(made);
  return made;
}
const dialInput = element('input', 'dial-input');
const callButton = element('button', 'call-button', 'Call');
const hangupButton = element('button', 'hangup-button', 'Hang up');
/** data-call (and its text): "established" once the call is up (sip.js's Established), "ended" once it is over. */
const callStatus = element('output', 'call-status');
function showCall(stage: 'dialling' | 'established' | 'ended'): void {
  callStatus.dataset.call = stage;
  callStatus.textContent = stage;
}

let userAgent: UserAgent | null = null;
let call: Session | null = null;
/** Opened at the first outgoing call and kept: each call sends a clone of its track. */
let warmMicrophone: MediaStream | null = null;
const waiting = new Set<{ resolve(): void; reject(error: Error): void }>();

function handlerOf(session: Session): SessionDescriptionHandler {
  const handler = session.sessionDescriptionHandler as SessionDescriptionHandler | undefined;
  if (!handler) throw new Error('the call has no media session');
  return handler;
}

function follow(session: Session): void {
  call = session;
  session.stateChange.addListener((state) => {
    if (state === SessionState.Established) {
      showCall('established');
      remoteAudio.srcObject = handlerOf(session).remoteMediaStream;
      waiting.forEach((waiter) => waiter.resolve());
      waiting.clear();
    } else if (state === SessionState.Terminated) {
      waiting.forEach((waiter) => waiter.reject(new Error('the call ended before it was established')));
      waiting.clear();
      if (call === session) call = null;
      showCall('ended');
      remoteAudio.srcObject = null;
    }
  });
}

function answer(invitation: Invitation): void {
  follow(invitation);
  invitation.accept().catch((error: unknown) => console.error(`The bare phone could not answer: ${String(error)}`));
}

callButton.addEventListener('click', () => {
  const target = userAgent && UserAgent.makeURI(`sip:${dialInput.value}@${userAgent.configuration.uri.host}`);
  if (!userAgent || !target || call) return;
  showCall('dialling');
  const inviter = new Inviter(userAgent, target, { sessionDescriptionHandlerOptions: { constraints: { audio: true, video: false } } });
  follow(inviter);
  inviter.invite().catch((error: unknown) => console.error(`The bare phone could not dial: ${String(error)}`));
});

hangupButton.addEventListener('click', () => {
  if (call?.state === SessionState.Established) call.bye().catch((error: unknown) => console.error(`The bare phone could not hang up: ${String(error)}`));
});

/** The console's microphone constraints; an outgoing call's microphone is the warm one (a clone of its track). */
async function microphoneFor(constraints: MediaTrackConstraints, outgoing: boolean): Promise<MediaStream> {
  if (!outgoing) return navigator.mediaDevices.getUserMedia({ audio: constraints, video: false });
  warmMicrophone ??= await navigator.mediaDevices.getUserMedia({ audio: constraints, video: false });
  return warmMicrophone.clone();
}

window.barePhone = {
  async register(account) {
    const uri = UserAgent.makeURI(`sip:${account.username}@${account.domain}`);
    if (!uri) throw new Error(`not a SIP address: ${account.username}@${account.domain}`);
    const agent = (userAgent = new UserAgent({
      uri,
      authorizationUsername: account.username,
      authorizationPassword: account.password,
      transportOptions: { server: account.server },
      logLevel: 'error',
      // sip.js opens the microphone with the constraints it is handed; the console's are used instead, as the console does.
      sessionDescriptionHandlerFactory: defaultSessionDescriptionHandlerFactory(() => microphoneFor(account.microphone, call instanceof Inviter)),
      // As the console: no STUN or TURN server on loopback (sip.js would otherwise try Google's).
      sessionDescriptionHandlerFactoryOptions: { peerConnectionConfiguration: { iceServers: [] } },
      delegate: { onInvite: answer },
    }));
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
