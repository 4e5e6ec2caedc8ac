import type { Page } from '@playwright/test';

/**
 * Counts peer connections the page creates and how many are still open: a
 * leak shows here. Held weakly, so that counting them does not itself keep
 * every ended call's connection (and the session it points to) in the heap.
 */
export const countPeerConnections = `(() => {
  const Original = window.RTCPeerConnection;
  const created = [];
  const open = () => created.map((ref) => ref.deref()).filter((pc) => pc && pc.connectionState !== 'closed' && pc.signalingState !== 'closed');
  // The one the phone keeps for its next call: its offer made, no answer ever applied.
  const waiting = (pc) => pc.signalingState === 'have-local-offer' && pc.remoteDescription === null;
  window.__peerConnections = () => ({ inCalls: open().filter((pc) => !waiting(pc)).length, prepared: open().filter(waiting).length });
  window.RTCPeerConnection = class extends Original {
    constructor(...args) {
      super(...args);
      // Refs of collected connections go, so that the count itself does not grow with every call.
      for (let index = created.length - 1; index >= 0; index--) if (!created[index].deref()) created.splice(index, 1);
      created.push(new WeakRef(this));
    }
  };
})();`;

export interface OpenPeerConnections {
  /** Connections of calls (or of anything but the prepared offer): 0 when no call is up. */
  inCalls: number;
  /** Prepared for the next outbound call and never used: one at most while the phone is registered. */
  prepared: number;
}

/** Open peer connections in the page that runs `countPeerConnections`. */
export function openPeerConnections(page: Page): Promise<OpenPeerConnections> {
  return page.evaluate(() => (window as unknown as { __peerConnections(): OpenPeerConnections }).__peerConnections());
}
