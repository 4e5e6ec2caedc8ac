import type { Page } from '@playwright/test';

interface Listener {
  type: string;
  scriptId: string;
  lineNumber: number;
  columnNumber: number;
}

/** Listeners on `window`, on `document` itself and on the document's elements, and how many of each kind (event type and the code that listens). */
export interface DomListeners {
  window: number;
  document: number;
  /**
   * On the elements on screen: these follow what is shown (React gives every
   * non-interactive element with an onClick its own no-op click listener, a
   * Safari workaround), so they differ from one screen to the next without a leak.
   */
  elements: number;
  byKind: Map<string, number>;
}

/**
 * Event listeners on `window` and on the whole document (every node, shadow
 * roots included), as the engine lists them over the DevTools protocol
 * (`DOMDebugger.getEventListeners`). Listeners on objects outside the DOM
 * (sockets, peer connections, media streams) are not in it: those objects are
 * counted by what they are (peer connections) or show in the heap.
 */
export async function domEventListeners(page: Page): Promise<DomListeners> {
  const session = await page.context().newCDPSession(page);
  const byKind = new Map<string, number>();
  try {
    const list = async (expression: string, depth: number, tally = true) => {
      const { result } = (await session.send('Runtime.evaluate', { expression })) as { result: { objectId?: string } };
      if (!result.objectId) throw new Error(`${expression} has no object id`);
      const { listeners } = (await session.send('DOMDebugger.getEventListeners', { objectId: result.objectId, depth, pierce: true })) as { listeners: Listener[] };
      await session.send('Runtime.releaseObject', { objectId: result.objectId });
      for (const { type, scriptId, lineNumber, columnNumber } of tally ? listeners : []) {
        const kind = `${expression} ${type} (script ${scriptId}:${lineNumber + 1}:${columnNumber + 1})`;
        byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
      }
      return listeners.length;
    };
    const onWindow = await list('window', 0);
    // The subtree's listing includes the document's own: only it is tallied by kind.
    const onDocument = await list('document', 0, false);
    const inSubtree = await list('document', -1);
    return { window: onWindow, document: onDocument, elements: inSubtree - onDocument, byKind };
  } finally {
    await session.detach();
  }
}

/** The kinds of listener there are more of than before, with how many more. */
export function listenerGrowth(before: DomListeners, after: DomListeners): [string, number][] {
  return [...after.byKind]
    .map(([kind, count]): [string, number] => [kind, count - (before.byKind.get(kind) ?? 0)])
    .filter(([, more]) => more > 0)
    .sort((a, b) => b[1] - a[1]);
}
