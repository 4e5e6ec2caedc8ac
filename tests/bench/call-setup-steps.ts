import type { Page } from '@playwright/test';
import { percentiles } from './measure';

/**
 * Where a call's setup time goes, step by step, timed inside the page on
 * the page's own clock: the click, the INVITE leaving on the SIP WebSocket,
 * its 200 OK arriving, ICE connected, DTLS done (the peer connection
 * connected), the first audio packet (the remote track unmuting), and the
 * call bar showing the call established (what the bench's figure times). The
 * phone itself is untouched: the WebSocket and RTCPeerConnection are
 * watched from outside. A call placed with the offer prepared while the
 * phone was idle makes no peer connection or offer after its click: its
 * "click → peer connection" and "→ offer created" lines count fewer calls.
 */
export const watchCallSetupSteps = `(() => {
  const calls = [];
  let current = null;
  window.__takeCallSetupSteps = () => {
    const taken = calls.filter((call) => call.invite !== undefined);
    calls.length = 0;
    current = null;
    return taken;
  };
  document.addEventListener('click', (event) => {
    if (event.target?.closest?.('[data-testid="call-button"]')) calls.push((current = { click: performance.now() }));
  }, { capture: true });
  const mark = (step) => { if (current && current[step] === undefined) current[step] = performance.now(); };
  // The phone prepares the next call's peer connection and offer while idle (after the previous call too): only those made between the click and the INVITE are this call's.
  const markBeforeInvite = (step) => { if (current && current.invite === undefined) mark(step); };
  const send = WebSocket.prototype.send;
  WebSocket.prototype.send = function (data) {
    if (typeof data === 'string' && data.startsWith('INVITE ')) mark('invite');
    return send.call(this, data);
  };
  const OriginalSocket = window.WebSocket;
  window.WebSocket = class extends OriginalSocket {
    constructor(...args) {
      super(...args);
      this.addEventListener('message', (event) => {
        if (typeof event.data === 'string' && event.data.startsWith('SIP/2.0 200') && /^CSeq:\\s*\\d+ INVITE/im.test(event.data)) mark('ok');
      });
    }
  };
  new MutationObserver((changes) => {
    if (changes.some((change) => change.target.dataset?.testid === 'call-status' && change.target.dataset.call === 'established')) mark('shown');
  }).observe(document, { subtree: true, attributeFilter: ['data-call'] });
  const getUserMedia = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
  navigator.mediaDevices.getUserMedia = (...args) => getUserMedia(...args).then((stream) => (mark('microphone'), stream));
  const OriginalConnection = window.RTCPeerConnection;
  const createOffer = OriginalConnection.prototype.createOffer;
  OriginalConnection.prototype.createOffer = function (...args) {
    return createOffer.apply(this, args).then((offer) => (markBeforeInvite('offer'), offer));
  };
  window.RTCPeerConnection = class extends OriginalConnection {
    constructor(...args) {
      super(...args);
      markBeforeInvite('connection');
      this.addEventListener('iceconnectionstatechange', () => { if (this.iceConnectionState === 'connected') mark('ice'); });
      this.addEventListener('connectionstatechange', () => { if (this.connectionState === 'connected') mark('dtls'); });
      this.addEventListener('track', (event) => event.track.addEventListener('unmute', () => mark('audio'), { once: true }));
    }
  };
})();`;

interface StepTimes {
  click: number;
  microphone?: number;
  connection?: number;
  offer?: number;
  invite: number;
  ok?: number;
  ice?: number;
  dtls?: number;
  audio?: number;
  shown?: number;
}

const steps: readonly [string, keyof StepTimes, keyof StepTimes][] = [
  ['click → INVITE sent', 'click', 'invite'],
  ['  click → microphone (when not warm)', 'click', 'microphone'],
  ['  click → peer connection (when not prepared)', 'click', 'connection'],
  ['  → offer created', 'connection', 'offer'],
  ['  → INVITE sent (ICE gathered)', 'offer', 'invite'],
  ['INVITE → 200 OK', 'invite', 'ok'],
  ['200 OK → ICE connected', 'ok', 'ice'],
  ['ICE → DTLS done', 'ice', 'dtls'],
  ['DTLS → first audio', 'dtls', 'audio'],
  ['click → first audio', 'click', 'audio'],
  ['200 OK → shown established', 'ok', 'shown'],
  ['click → shown established', 'click', 'shown'],
];

/** Prints the median and p95 of each step over the calls made so far, then forgets them. */
export async function printCallSetupSteps(page: Page): Promise<void> {
  const calls = await page.evaluate(() => (window as unknown as { __takeCallSetupSteps(): StepTimes[] }).__takeCallSetupSteps());
  for (const [label, from, to] of steps) {
    const durations = calls.flatMap((call) => (call[from] !== undefined && call[to] !== undefined ? [(call[to] ?? 0) - (call[from] ?? 0)] : []));
    const { p50, p95 } = percentiles(durations);
    console.log(`    ${label.padEnd(24)} p50 ${p50.toFixed(1).padStart(6)} ms, p95 ${p95.toFixed(1).padStart(6)} ms (${durations.length} calls)`);
  }
}
