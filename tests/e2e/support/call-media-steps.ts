import type { Page } from '@playwright/test';

/**
 * An init script: records, in order, what the page does with its peer
 * connections and microphone around a call — a connection made, a track
 * added (`addTrack`) or put on a sender (`replaceTrack`), the microphone
 * opened, the INVITE sent, the agent's click on Call — and which peer
 * connections are open in what signalling state. Watched from outside the
 * phone, as the bench does.
 */
export const watchCallMediaSteps = `(() => {
  const steps = [];
  const connections = [];
  const microphoneTracks = [];
  window.__callMediaSteps = () => steps.slice();
  window.__openPeerConnections = () => connections.filter((pc) => pc.signalingState !== 'closed').map((pc) => pc.signalingState);
  window.__liveMicrophoneTracks = () => microphoneTracks.filter((track) => track.readyState === 'live').length;
  document.addEventListener('click', (event) => {
    if (event.target?.closest?.('[data-testid="call-button"]')) steps.push('click');
  }, { capture: true });
  // One "invite" a call: the digest retry and re-INVITEs carry the same Call-ID.
  const invited = new Set();
  const send = WebSocket.prototype.send;
  WebSocket.prototype.send = function (data) {
    const callId = typeof data === 'string' && data.startsWith('INVITE ') ? /^Call-ID:\\s*(\\S+)/im.exec(data)?.[1] : undefined;
    if (callId && !invited.has(callId)) {
      invited.add(callId);
      steps.push('invite');
    }
    return send.call(this, data);
  };
  const getUserMedia = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
  navigator.mediaDevices.getUserMedia = (...args) =>
    getUserMedia(...args).then((stream) => {
      steps.push('microphone');
      microphoneTracks.push(...stream.getAudioTracks());
      return stream;
    });
  const addTrack = RTCPeerConnection.prototype.addTrack;
  RTCPeerConnection.prototype.addTrack = function (...args) {
    steps.push('addTrack');
    return addTrack.apply(this, args);
  };
  const replaceTrack = RTCRtpSender.prototype.replaceTrack;
  RTCRtpSender.prototype.replaceTrack = function (track) {
    if (track) steps.push('replaceTrack');
    return replaceTrack.call(this, track);
  };
  const Original = window.RTCPeerConnection;
  window.RTCPeerConnection = class extends Original {
    constructor(...args) {
      super(...args);
      steps.push('connection');
      connections.push(this);
    }
  };
})();`;

/** The steps recorded by `watchCallMediaSteps` since the page loaded. */
export function callMediaSteps(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __callMediaSteps(): string[] }).__callMediaSteps());
}

/** The signalling state of every peer connection the page has not closed. */
export function openPeerConnectionStates(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __openPeerConnections(): string[] }).__openPeerConnections());
}

/** Microphone tracks the page opened that are still live. */
export function liveMicrophoneTracks(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __liveMicrophoneTracks(): number }).__liveMicrophoneTracks());
}

/** An init script: the microphone is refused, as when the agent (or the OS) denied access to it. */
export const refusedMicrophone = `(() => {
  navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('Permission denied', 'NotAllowedError'));
})();`;
