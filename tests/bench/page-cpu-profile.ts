import type { Page } from '@playwright/test';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

interface Profile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

/** One function's self time in a sampled profile of the page's main thread. */
export interface SelfTime {
  name: string;
  ms: number;
  share: number;
}

/**
 * Samples the page's main thread (V8's CPU profiler over the DevTools
 * protocol, every 1 ms) while `during` runs, and returns the functions by
 * self time, most first. `(idle)` is the thread waiting; `(program)` is
 * the engine's own work outside JS (layout, style, painting, IPC).
 */
export async function profilePage(page: Page, during: () => Promise<void>): Promise<SelfTime[]> {
  const session = await page.context().newCDPSession(page);
  try {
    await session.send('Profiler.enable');
    await session.send('Profiler.setSamplingInterval', { interval: 1_000 });
    await session.send('Profiler.start');
    await during();
    const { profile } = (await session.send('Profiler.stop')) as unknown as { profile: Profile };
    return selfTimes(profile);
  } finally {
    await session.detach();
  }
}

function selfTimes(profile: Profile): SelfTime[] {
  const frames = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const byName = new Map<string, number>();
  let total = 0;
  (profile.samples ?? []).forEach((nodeId, index) => {
    const frame = frames.get(nodeId);
    const ms = (profile.timeDeltas?.[index] ?? 0) / 1_000;
    total += ms;
    if (!frame) return;
    const file = frame.url.split('/').at(-1)?.split('?')[0] ?? '';
    const name = file ? `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}` : frame.functionName;
    byName.set(name, (byName.get(name) ?? 0) + ms);
  });
  return [...byName]
    .map(([name, ms]) => ({ name, ms, share: total > 0 ? ms / total : 0 }))
    .sort((a, b) => b.ms - a.ms);
}
