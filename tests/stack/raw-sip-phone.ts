import { randomBytes } from 'node:crypto';
import { createEventLog } from './event-log';
import { openRtpPort, type RawSound } from './raw-rtp';
import { audioTarget, pcmuSdp, type MediaDirection } from './sdp';
import { dialogAsCallee, inDialogRequest, type SipDialog } from './sip-dialog';
import { openSipEndpoint, type SipEndpoint } from './sip-endpoint';
import { buildResponse, buildSipMessage, digestAuthorization, header, newBranch, newTag, tagOf, type SipMessage } from './sip-message';
import type { SipUser, TelephonyStack } from './telephony-stack';

/** How the phone answers the next INVITEs, until told otherwise. */
export type RawAnswer =
  /** A final error (486 busy, 404, 480, 500, 503…). */
  | { kind: 'reject'; code: number }
  /** 180 Ringing, and no answer ever (until the caller cancels). */
  | { kind: 'ring' }
  /**
   * 200 OK with `sdp` (default: PCMU on the phone's RTP port), then `media` to
   * the offer's address for `seconds` (default 60): a tone, silence, or
   * 'none' — the call is up and no media ever comes.
   */
  | { kind: 'accept'; media: RawSound | 'none'; seconds?: number; sdp?: (rtpPort: number) => string };

export interface RawSipPhone {
  uri: string;
  answerWith(answer: RawAnswer): void;
  /** Every request that reached the phone (INVITE, ACK, BYE, CANCEL, re-INVITEs…), oldest first. */
  received(): readonly SipMessage[];
  /** Resolves with the first request of `method` not yet waited for, or the next (e.g. "a BYE arrived"). */
  waitForRequest(method: string, timeoutMs?: number): Promise<SipMessage>;
  /** RTP packets that reached the phone's media port. */
  rtpPacketsReceived(): number;
  /** Stops sending media in the current call, which goes on: "the media stops". */
  stopMedia(): void;
  /** The customer puts the other side on hold: re-INVITE with a=sendonly. Resolves with the final response code (ACKed). */
  hold(): Promise<number | null>;
  /** And takes it off hold: re-INVITE with a=sendrecv. */
  resume(): Promise<number | null>;
  /** BYE; resolves with the final response code. */
  hangUp(): Promise<number | null>;
  /** Unregisters and closes its sockets. */
  stop(): Promise<void>;
}

const reasons: Record<number, string> = {
  100: 'Trying',
  180: 'Ringing',
  200: 'OK',
  404: 'Not Found',
  480: 'Temporarily Unavailable',
  486: 'Busy Here',
  487: 'Request Terminated',
  488: 'Not Acceptable Here',
  500: 'Server Internal Error',
  503: 'Service Unavailable',
  603: 'Decline',
};
const reasonFor = (code: number) => reasons[code] ?? 'Rejected';

/** The direction that answers an offer (RFC 3264 §6.1). */
const answeringDirection: Record<MediaDirection, MediaDirection> = { sendrecv: 'sendrecv', sendonly: 'recvonly', recvonly: 'sendonly', inactive: 'inactive' };

async function register(endpoint: SipEndpoint, stack: Pick<TelephonyStack, 'domain' | 'udpPort'>, user: SipUser, contact: string, expires: number): Promise<number | null> {
  const requestUri = `sip:${stack.domain}:${stack.udpPort}`;
  const aor = `<sip:${user.username}@${stack.domain}>`;
  const callId = `${randomBytes(8).toString('hex')}@127.0.0.1`;
  const fromTag = newTag();
  const registerRequest = (cseq: number, authorization?: [string, string]) =>
    buildSipMessage(`REGISTER ${requestUri} SIP/2.0`, [
      ['Via', `SIP/2.0/UDP 127.0.0.1:${endpoint.port};branch=${newBranch()};rport`],
      ['Max-Forwards', '70'],
      ['From', `${aor};tag=${fromTag}`],
      ['To', aor],
      ['Call-ID', callId],
      ['CSeq', `${cseq} REGISTER`],
      ['Contact', `<${contact}>`],
      ['Expires', String(expires)],
      ...(authorization ? [authorization] : []),
    ]);
  const first = await endpoint.request(registerRequest(1));
  if (first?.status !== 401 && first?.status !== 407) return first?.status ?? null;
  const challengeHeader = first.status === 401 ? 'www-authenticate' : 'proxy-authenticate';
  const answerHeader = first.status === 401 ? 'Authorization' : 'Proxy-Authorization';
  const challenge = header(first, challengeHeader) ?? '';
  const second = await endpoint.request(registerRequest(2, [answerHeader, digestAuthorization(challenge, user, 'REGISTER', requestUri)]));
  return second?.status ?? null;
}

/**
 * A phone written by hand in SIP over UDP, for what baresip cannot be told to
 * do: registered to Kamailio with digest authentication, it answers each
 * INVITE as `answerWith` says, can put the other side on hold and back, hang
 * up, and keeps every request it received. One call at a time.
 */
export async function startRawSipPhone(stack: Pick<TelephonyStack, 'domain' | 'udpPort'>, user: SipUser, answer: RawAnswer = { kind: 'ring' }): Promise<RawSipPhone> {
  const endpoint = await openSipEndpoint(stack.udpPort);
  const rtp = await openRtpPort();
  const uri = `sip:${user.username}@${stack.domain}`;
  const contact = `sip:${user.username}@127.0.0.1:${endpoint.port};transport=udp`;
  let currentAnswer = answer;
  const all: SipMessage[] = [];
  const requests = createEventLog<SipMessage>((pending) => `the raw phone (${uri}) did not receive the expected request; got: ${pending.map((request) => request.method).join(', ')}`);
  /** Final (or ringing) responses already sent, by Call-ID and CSeq: a retransmitted INVITE gets the same one. */
  const answered = new Map<string, string>();
  /** An INVITE still ringing, which a CANCEL ends with 487. */
  let ringing: { invite: SipMessage; toTag: string } | null = null;
  let dialog: SipDialog | null = null;
  let sdpVersion = 1;

  const respond = (request: SipMessage, code: number, options: { toTag?: string; body?: string } = {}) => {
    const headers: [string, string][] = [['Contact', `<${contact}>`], ...(options.body ? [['Content-Type', 'application/sdp'] as [string, string]] : [])];
    const response = buildResponse(request, code, reasonFor(code), { toTag: options.toTag, body: options.body, headers });
    endpoint.send(response);
    return response;
  };

  const acceptCall = (invite: SipMessage, toTag: string, accept: Extract<RawAnswer, { kind: 'accept' }>) => {
    const body = accept.sdp ? accept.sdp(rtp.port) : pcmuSdp(rtp.port, 'sendrecv', sdpVersion);
    dialog = dialogAsCallee(invite, toTag, contact);
    const target = audioTarget(invite.body);
    if (target && accept.media !== 'none') rtp.send(target, accept.media, accept.seconds ?? 60);
    return respond(invite, 200, { toTag, body });
  };

  const onInitialInvite = (invite: SipMessage) => {
    const key = `${header(invite, 'call-id')} ${header(invite, 'cseq')}`;
    const earlier = answered.get(key);
    if (earlier) {
      endpoint.send(earlier);
      return;
    }
    respond(invite, 100);
    const toTag = newTag();
    if (currentAnswer.kind === 'reject') {
      answered.set(key, respond(invite, currentAnswer.code, { toTag }));
    } else if (currentAnswer.kind === 'ring') {
      ringing = { invite, toTag };
      answered.set(key, respond(invite, 180, { toTag }));
    } else {
      answered.set(key, acceptCall(invite, toTag, currentAnswer));
    }
  };

  const onReInvite = (invite: SipMessage) => {
    const offer = audioTarget(invite.body);
    if (offer && (offer.direction === 'recvonly' || offer.direction === 'inactive')) rtp.stopSending();
    sdpVersion++;
    const direction = offer ? answeringDirection[offer.direction] : 'sendrecv';
    respond(invite, 200, { toTag: tagOf(header(invite, 'to')), body: pcmuSdp(rtp.port, direction, sdpVersion) });
  };

  endpoint.onRequest((request) => {
    all.push(request);
    requests.push(request);
    const inDialog = Boolean(tagOf(header(request, 'to')));
    switch (request.method) {
      case 'INVITE':
        if (inDialog) onReInvite(request);
        else onInitialInvite(request);
        return;
      case 'ACK':
        return;
      case 'CANCEL': {
        respond(request, 200);
        const pending = ringing;
        if (pending && header(pending.invite, 'call-id') === header(request, 'call-id')) {
          ringing = null;
          respond(pending.invite, 487, { toTag: pending.toTag });
        }
        return;
      }
      case 'BYE':
        respond(request, 200);
        if (dialog?.callId === header(request, 'call-id')) {
          dialog = null;
          rtp.stopSending();
        }
        return;
      default:
        // OPTIONS, NOTIFY, INFO, UPDATE without a new offer: acknowledged, nothing to do.
        respond(request, 200);
    }
  });

  const reInvite = async (direction: MediaDirection): Promise<number | null> => {
    if (!dialog) throw new Error(`the raw phone (${uri}) is in no call`);
    const current = dialog;
    sdpVersion++;
    const request = inDialogRequest(current, 'INVITE', endpoint.port, { headers: [['Content-Type', 'application/sdp']], body: pcmuSdp(rtp.port, direction, sdpVersion) });
    const response = await endpoint.request(request);
    if (response?.status !== undefined && response.status >= 200 && response.status < 300) {
      endpoint.send(inDialogRequest(current, 'ACK', endpoint.port, { cseq: current.cseq }));
    }
    return response?.status ?? null;
  };

  const status = await register(endpoint, stack, user, contact, 3600);
  if (status !== 200) {
    rtp.close();
    endpoint.close();
    throw new Error(`the raw phone (${uri}) could not register: ${status ?? 'no answer'}`);
  }

  return {
    uri,
    answerWith: (next) => {
      currentAnswer = next;
    },
    received: () => all,
    waitForRequest: (method, timeoutMs) => requests.waitFor((request) => request.method === method, timeoutMs),
    rtpPacketsReceived: () => rtp.packetsReceived(),
    stopMedia: () => rtp.stopSending(),
    hold: () => reInvite('sendonly'),
    resume: () => reInvite('sendrecv'),
    hangUp: async () => {
      if (!dialog) throw new Error(`the raw phone (${uri}) is in no call`);
      const current = dialog;
      dialog = null;
      rtp.stopSending();
      return (await endpoint.request(inDialogRequest(current, 'BYE', endpoint.port)))?.status ?? null;
    },
    stop: async () => {
      rtp.close();
      // Unregistered, so that Kamailio does not send the next test's calls to a closed port.
      await register(endpoint, stack, user, contact, 0);
      endpoint.close();
    },
  };
}
