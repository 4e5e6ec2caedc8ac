import type { Page } from '@playwright/test';

/**
 * Counts peer connections the page creates and how many are still open: a
 * leak shows here. Held weakly, so that counting them does not itself keep
 * every ended call's connection (and the session it points to) in the heap.
 */
export const countPeerConnections = `(() => {
  const Original = window.RTCPeerConnection;
  const created = [];
  window.__peerConnections = () =>
    created.map((ref) => ref.deref()).filter((pc) => pc && pc.connectionState !== 'closed' && pc.signalingState !== 'closed').length;
  window.RTCPeerConnection = class extends Original {
    constructor(...args) {
      super(...args);
      // Refs of collected connections go, so that the count itself does not grow with every call.
      for (let index = created.length - 1; index >= 0; index--) if (!created[index].deref()) created.splice(index, 1);
      created.push(new WeakRef(this));
    }
  };
})();`;

/** Open peer connections in the page that runs `countPeerConnections`. */
export function openPeerConnections(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __peerConnections(): number }).__peerConnections());
}
