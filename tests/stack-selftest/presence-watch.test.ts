import { DOMParser } from '@xmldom/xmldom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AgentWatch } from '../../src/renderer/src/core/presence/agent-watch';
import { PresenceWatch } from '../../src/renderer/src/core/presence/presence-watch';
import type { XmlParser } from '../../src/renderer/src/core/presence/xml-parser';
import { startPresencePeer, type PresencePeer } from '../stack/presence-peer';
import { presenceAgents, sleep, stack, users } from './peers';

let agents: PresencePeer[] = [];
let watcher: PresencePeer;
let watch: PresenceWatch;

/** Polls `done` until it holds, or fails after `ms`. */
async function until(what: string, done: () => boolean, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${ms / 1000} s`);
    await sleep(20);
  }
}

function presenceOf(watches: ReadonlyMap<string, AgentWatch>, agentId: string) {
  const known = watches.get(agentId)?.presence;
  return known?.status === 'known' ? known.presence : null;
}

beforeAll(async () => {
  agents = await Promise.all(presenceAgents.map((agent) => startPresencePeer(stack(), agent)));
  watcher = await startPresencePeer(stack(), users.presenceWatcher);
  watch = new PresenceWatch(
    watcher.userAgent,
    presenceAgents.map((agent) => ({ id: agent.username, sipAddress: `${agent.username}@${stack().domain}` })),
    // The page's DOMParser, as Node has it from xmldom.
    new DOMParser() as unknown as XmlParser,
  );
  watch.start();
  // Nobody has published yet: each agent is known, and offline.
  await until('every agent known', () => presenceAgents.every((agent) => presenceOf(watch.getWatches(), agent.username)?.state === 'offline'));
});

afterAll(async () => {
  watch?.stop();
  await watcher?.stop();
  await Promise.all(agents.map((agent) => agent.stop()));
});

describe("a supervisor's presence watch on Kamailio", () => {
  it('takes a burst of 30 agents changing at once in full, and hands it on in a few batches, not one per NOTIFY', async () => {
    let handedOn = 0;
    const unsubscribe = watch.subscribe(() => (handedOn += 1));
    const since = Date.now();
    agents.forEach((agent, index) => agent.publisher.show({ state: 'not-ready', since: since + index, reason: 'lunch' }));
    try {
      await until('every change shown', () =>
        presenceAgents.every((agent, index) => {
          const presence = presenceOf(watch.getWatches(), agent.username);
          return presence?.state === 'not-ready' && presence.since === since + index && presence.reason === 'lunch';
        }),
      );
    } finally {
      unsubscribe();
    }
    // One render per NOTIFY would be 30; batches of 50 ms take a burst in a handful.
    expect(handedOn).toBeLessThanOrEqual(15);
  });
});
