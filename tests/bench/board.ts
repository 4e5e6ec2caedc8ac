import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { importFile } from '../../src/main/services/import/import-file';
import { openStore } from '../../src/main/store/database';
import { databaseFileName } from '../../src/main/store/open-app-store';
import { presenceStates, type AgentPresence } from '../../src/renderer/src/core/presence/agent-presence';
import { chromiumArgs, chromiumExecutable } from '../stack/chromium';
import { startPresencePeer, type PresencePeer } from '../stack/presence-peer';
import { startTelephonyStack, type SipUser } from '../stack/telephony-stack';
import { startWebHost } from '../stack/web-host';
import { callContract } from './contract-call';
import { percentiles, printTarget } from './measure';

const supervisor: SipUser = { username: 'bench-supervisor', password: 'bench-supervisor-secret' };
/** A second watcher in Node: the raw PUBLISH → NOTIFY latency, with no console in between. */
const rawWatcher: SipUser = { username: 'bench-watcher', password: 'bench-watcher-secret' };
const team = 'Floor 1';
/** How long a change may take to reach the board before it counts as lost. */
const roundTimeoutMs = 30_000;
/** Shift starts measured before the stream: every agent changing at the same moment. */
const burstCount = 3;

/** The CRM's roster for the supervisor's console: one team of `agents`, led by the supervisor. */
async function importRoster(dataDir: string, agents: readonly SipUser[], domain: string): Promise<void> {
  mkdirSync(dataDir, { recursive: true });
  const now = Date.now();
  const file = join(dataDir, 'roster.jsonl');
  const person = (user: SipUser, index: number, role: string) =>
    JSON.stringify({ kind: 'agent', id: `bench-${index}`, sipAddress: `${user.username}@${domain}`, displayName: `Agent ${index}`, team, leadsTeams: role === 'supervisor' ? [team] : [], role, active: true, updatedAt: now });
  writeFileSync(file, [...agents.map((agent, index) => person(agent, index, 'agent')), person(supervisor, agents.length, 'supervisor')].join('\n'));
  const store = openStore(join(dataDir, databaseFileName));
  try {
    const report = await importFile(store.sqlite, file, { defaultCountry: 'UA' });
    if (report.rejected.length > 0) throw new Error(`The roster was refused: ${JSON.stringify(report.rejected)}`);
  } finally {
    store.close();
  }
}

/** Records in the page (from before its body exists: the whole document is observed), for each change of a row's `data-since`, when the board showed it; the bench drains the record. */
const recordBoardChanges = `
  window.__boardSeen = [];
  new MutationObserver((records) => {
    const at = Date.now();
    for (const record of records) {
      const row = record.target;
      if (row.dataset && row.dataset.since) window.__boardSeen.push([row.dataset.agent, row.dataset.since, at]);
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-since'] });
`;

function drainBoard(page: Page): Promise<[string, string, number][]> {
  return page.evaluate(() => {
    const seen = (window as unknown as { __boardSeen: [string, string, number][] }).__boardSeen;
    return seen.splice(0, seen.length);
  });
}

/** The page's JS heap after a garbage collection, in bytes. */
async function heapAfterGc(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = await session.send('Runtime.getHeapUsage');
  await session.detach();
  return usedSize;
}

/** One state change: which agent, and the `since` that tells it apart on the board and at the bare watcher. */
interface Change {
  agentIndex: number;
  since: number;
  state: AgentPresence['state'];
}

interface ChangeFigures {
  boardDelays: number[];
  rawDelays: number[];
  /** Changes the board had not shown 30 s after they were published. */
  lost: number;
}

/**
 * Publishes `changes`, one every `spacingMs` (0: all at once), and times
 * each to the board row showing it and to the bare watcher's NOTIFY. A
 * change not shown within 30 s is lost: where it stopped (its PUBLISH not
 * answered, no NOTIFY at the bare watcher either, or the row showing
 * something else) is printed, so that a loss can be followed.
 */
async function publishAndWatch(
  page: Page,
  peers: readonly PresencePeer[],
  agents: readonly SipUser[],
  rawSeen: Map<string, number>,
  changes: readonly Change[],
  spacingMs: number,
  progress: (published: number) => Promise<void>,
): Promise<ChangeFigures> {
  const figures: ChangeFigures = { boardDelays: [], rawDelays: [], lost: 0 };
  const sentAt = new Map<string, number>();
  const waiting = new Map<string, Change>();
  const started = Date.now();
  let next = 0;
  while (next < changes.length || waiting.size > 0) {
    while (next < changes.length && started + next * spacingMs <= Date.now()) {
      const change = changes[next++] as Change;
      const key = `bench-${change.agentIndex}:${change.since}`;
      sentAt.set(key, Date.now());
      waiting.set(key, change);
      peers[change.agentIndex]?.publisher.show({ state: change.state, since: change.since, reason: change.state === 'not-ready' ? 'break' : null });
      await progress(next);
    }
    await new Promise((resolve) => setTimeout(resolve, Math.max(1, Math.min(50, spacingMs))));
    for (const [agentId, seenSince, at] of await drainBoard(page)) {
      const key = `${agentId}:${seenSince}`;
      const sent = sentAt.get(key);
      if (sent === undefined || !waiting.delete(key)) continue;
      figures.boardDelays.push(at - sent);
    }
    const overdue = [...waiting.keys()].filter((key) => Date.now() - (sentAt.get(key) ?? 0) > roundTimeoutMs);
    if (overdue.length > 0) {
      await explainLosses(page, peers, agents, rawSeen, overdue.map((key) => waiting.get(key) as Change), Math.min(...overdue.map((key) => sentAt.get(key) ?? 0)));
      figures.lost += overdue.length;
      overdue.forEach((key) => waiting.delete(key));
    }
  }
  for (const change of changes) {
    const rawAt = rawSeen.get(`${agents[change.agentIndex]?.username}:${change.since}`);
    const sent = sentAt.get(`bench-${change.agentIndex}:${change.since}`);
    if (rawAt !== undefined && sent !== undefined) figures.rawDelays.push(rawAt - sent);
  }
  rawSeen.clear();
  return figures;
}

async function explainLosses(page: Page, peers: readonly PresencePeer[], agents: readonly SipUser[], rawSeen: ReadonlyMap<string, number>, lost: readonly Change[], since: number): Promise<void> {
  const notPublished = lost.filter((change) => {
    const status = peers[change.agentIndex]?.publisher.getStatus();
    return status?.status !== 'published' || status.at < since;
  }).length;
  const notNotified = lost.filter((change) => !rawSeen.has(`${agents[change.agentIndex]?.username}:${change.since}`)).length;
  const rows = await page.evaluate(
    (keys) =>
      keys.map(([id, since]) => {
        const row = document.querySelector(`[data-testid="board-row"][data-agent="${id}"]`);
        if (!row) return 'no row';
        return `${row.getAttribute('data-state')}${row.getAttribute('data-since') === since ? ' (the change, unseen by the observer)' : ''}`;
      }),
    lost.map((change): [string, string] => [`bench-${change.agentIndex}`, String(change.since)]),
  );
  const byState = new Map<string, number>();
  for (const state of rows) byState.set(state, (byState.get(state) ?? 0) + 1);
  console.log(
    `  ${lost.length} changes not shown within ${roundTimeoutMs / 1000} s: ${notPublished} of their PUBLISHes not answered 200 since, ${notNotified} never reached the bare watcher either; their rows show ${[...byState].map(([state, count]) => `${state} ×${count}`).join(', ')}`,
  )
}

/**
 * The board at scale: `agentCount` simulated agents (sip.js user agents in
 * Node over WebSocket, no media, the console's own publisher) publish state
 * changes on one Kamailio, round after round; a supervisor's console
 * watches them all. Each change's PUBLISH → board latency (the row showing
 * it in the page) against PUBLISH → NOTIFY at a bare watcher in the same
 * run; and the console's heap after all `changeCount` changes against after
 * the first tenth (at most 1,000).
 */
export async function benchBoard(agentCount: number, changeCount: number, changesPerSecond: number): Promise<boolean> {
  const dir = mkdtempSync(join(tmpdir(), 'parley-bench-board-'));
  console.log(`\nBoard: ${agentCount} agents publishing ${changeCount} state changes, one supervisor's console watching (work in ${dir})`);
  const stoppers: (() => Promise<void>)[] = [];
  try {
    const agents = Array.from({ length: agentCount }, (_, index): SipUser => ({ username: `bench-agent-${index}`, password: `bench-agent-secret-${index}` }));
    const stack = await startTelephonyStack(join(dir, 'stack'), [supervisor, rawWatcher, ...agents]);
    stoppers.push(() => stack.stop());
    const dataDir = join(dir, 'supervisor');
    await importRoster(dataDir, agents, stack.domain);
    const host = await startWebHost(dataDir, ['--no-demo']);
    stoppers.push(() => host.stop());
    const browser = await chromium.launch({ executablePath: chromiumExecutable, args: chromiumArgs });
    stoppers.push(() => browser.close());
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await callContract(host.url, 'phone.account.save', { server: stack.webSocketUrl, username: supervisor.username, domain: stack.domain, displayName: 'Supervisor', password: supervisor.password });
    await page.addInitScript(recordBoardChanges);
    await page.goto(host.url);
    await page.locator('[data-testid="phone-status"][data-registration="registered"]').waitFor({ timeout: 30_000 });
    await page.getByTestId('workspace-board').click();
    await page.getByTestId('board-table').waitFor();

    const peers: PresencePeer[] = [];
    for (const agent of agents) {
      const peer = await startPresencePeer(stack, agent);
      stoppers.push(() => peer.stop());
      peers.push(peer);
    }
    const watcher = await startPresencePeer(stack, rawWatcher);
    stoppers.push(() => watcher.stop());
    const rawSeen = new Map<string, number>();
    for (const agent of agents) {
      watcher.watch(agent.username, 'presence', {
        notify: (body, at) => {
          const since = /since="(\d+)"/.exec(body)?.[1];
          if (since) rawSeen.set(`${agent.username}:${since}`, at);
        },
      });
    }
    // Every row known before the clock starts: the first NOTIFYs of a subscription are not what is measured.
    await page.locator('[data-testid="board-row"][data-state="waiting"]').first().waitFor({ state: 'detached', timeout: 60_000 });

    // Each agent moves to another state at each of its turns.
    let since = Date.now();
    const changesOf = (turn: number, agentIndex: number): Change => ({ agentIndex, since: (since += 1), state: presenceStates[(turn + agentIndex) % presenceStates.length] ?? 'ready' });

    // A shift starting: every agent changes at the same moment. Context only: the SIP server's own pace bounds it.
    const bursts: ChangeFigures[] = [];
    for (let burst = 0; burst < burstCount; burst++) {
      const changes = agents.map((_, index) => changesOf(burst, index));
      bursts.push(await publishAndWatch(page, peers, agents, rawSeen, changes, 0, async () => undefined));
    }

    // The floor at work: agents in turn, `changesPerSecond` in all, every change timed; the heap after the first tenth and at the end.
    const readingAfter = Math.min(1_000, Math.max(1, Math.floor(changeCount / 10)));
    let firstHeap: number | null = null;
    const stream = Array.from({ length: changeCount }, (_, index) => changesOf(burstCount + Math.floor(index / agentCount), index % agentCount));
    const steady = await publishAndWatch(page, peers, agents, rawSeen, stream, 1000 / changesPerSecond, async (published) => {
      if (published % 1_000 === 0) console.log(`  … ${published} changes published`);
      if (firstHeap === null && published >= readingAfter) firstHeap = await heapAfterGc(page);
    });
    const lastHeap = await heapAfterGc(page);

    const burstBoard = percentiles(bursts.flatMap((figures) => figures.boardDelays));
    const burstRaw = percentiles(bursts.flatMap((figures) => figures.rawDelays));
    const burstLost = bursts.reduce((sum, figures) => sum + figures.lost, 0);
    console.log(`  ${burstCount} bursts of ${agentCount} changes at once: PUBLISH → board p50 ${burstBoard.p50.toFixed(0)} ms, p95 ${burstBoard.p95.toFixed(0)} ms (${burstLost} not shown); bare watcher p50 ${burstRaw.p50.toFixed(0)} ms, p95 ${burstRaw.p95.toFixed(0)} ms`);
    const { boardDelays, rawDelays, lost } = steady;
    console.log(`  steady stream, ${changesPerSecond} changes/s (each agent every ${(agentCount / changesPerSecond).toFixed(0)} s):`);
    const board = percentiles(boardDelays);
    const raw = percentiles(rawDelays);
    console.log(`  PUBLISH → board updated: p50 ${board.p50.toFixed(0)} ms, p95 ${board.p95.toFixed(0)} ms, p99 ${board.p99.toFixed(0)} ms (${boardDelays.length} changes, ${lost} not shown within ${roundTimeoutMs / 1000} s)`);
    console.log(`  PUBLISH → NOTIFY at a bare watcher (baseline): p50 ${raw.p50.toFixed(0)} ms, p95 ${raw.p95.toFixed(0)} ms (${rawDelays.length} NOTIFYs); board p95 is ${(board.p95 / Math.max(1, raw.p95)).toFixed(1)}× the raw one`);
    const heapRatio = lastHeap / (firstHeap ?? lastHeap);
    console.log(`  Supervisor console heap: ${(((firstHeap ?? 0) / 1024 / 1024)).toFixed(1)} MB after ${readingAfter} changes, ${(lastHeap / 1024 / 1024).toFixed(1)} MB after ${changeCount} (×${heapRatio.toFixed(2)})`);
    const latencyMet = printTarget('board p95 < 1 s', board.p95 < 1_000 && lost === 0);
    const heapMet = printTarget('board heap flat ±10 %', Math.abs(heapRatio - 1) <= 0.1);
    return latencyMet && heapMet;
  } finally {
    for (const stop of stoppers.reverse()) await stop().catch((error: unknown) => console.warn('A part of the board bench did not stop cleanly.', error));
    rmSync(dir, { recursive: true, force: true });
  }
}
