import type { Session, SessionDescriptionHandlerFactory } from 'sip.js';
import { defaultSessionDescriptionHandlerFactory, type SessionDescriptionHandler } from 'sip.js/lib/platform/web';

/**
 * How long after the last UDP host candidate gathering counts as done.
 * Chromium gathers the UDP host candidates of every network within a few
 * milliseconds of each other, then pauses about 120 ms before its TCP pass;
 * the media server (rtpengine) takes only UDP, so that pause is pure waiting
 * before the INVITE can leave.
 */
const hostCandidatesSettledMs = 15;

/**
 * Ends ICE gathering once the UDP host candidates have all arrived, instead
 * of waiting for TCP candidates the media server cannot use. Every UDP host
 * candidate is in the offer: ending after the first one alone (tried earlier)
 * now and then offered only an unreachable address. Used only when no STUN
 * or TURN server is configured: their candidates come later and are needed.
 */
export function endGatheringOnceHostCandidatesSettle(handler: SessionDescriptionHandler): void {
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  handler.peerConnectionDelegate = {
    onicecandidate: (event) => {
      const candidate = event.candidate;
      if (!candidate) {
        clearTimeout(settleTimer);
        return;
      }
      if (candidate.protocol !== 'udp' || candidate.type !== 'host') return;
      clearTimeout(settleTimer);
      settleTimer = setTimeout(() => handler.iceGatheringComplete(), hostCandidatesSettledMs);
    },
  };
}

/**
 * sip.js's WebRTC session handlers, taking the microphone from `openMicrophone`, with quick gathering where it is safe;
 * a session `prepared` has a handler for (an outbound call placed while one was ready) takes that one instead.
 */
export function sessionDescriptionHandlerFactory(
  openMicrophone: () => Promise<MediaStream>,
  iceServers: RTCIceServer[],
  prepared: (session: Session) => SessionDescriptionHandler | undefined,
): SessionDescriptionHandlerFactory {
  const createDefault = defaultSessionDescriptionHandlerFactory(() => openMicrophone());
  return (session, options) => {
    const ready = prepared(session);
    if (ready) return ready;
    const handler = createDefault(session, options) as SessionDescriptionHandler;
    if (iceServers.length === 0) endGatheringOnceHostCandidatesSettle(handler);
    return handler;
  };
}
