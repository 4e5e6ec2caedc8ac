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
/** How long a round may take before the changes it still waits for count as lost. */
const roundTimeoutMs = 30_000;

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

/**
 * The board at scale: `agentCount` simulated agents (sip.js user agents in
 * Node over WebSocket, no media, the console's own publisher) publish state
 * changes on one Kamailio, round after round; a supervisor's console
 * watches them all. Each change's PUBLISH → board latency (the row showing
 * it in the page) against PUBLISH → NOTIFY at a bare watcher in the same
 * run; and the console's heap after all `changeCount` changes against after
 * the first tenth (at most 1,000).
 */
export async function benchBoard(agentCount: number, changeCount: number): Promise<boolean> {
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

    const boardDelays: number[] = [];
    const rawDelays: number[] = [];
    let lost = 0;
    const readingAfter = Math.min(1_000, Math.max(1, Math.floor(changeCount / 10)));
    let firstHeap: number | null = null;
    let change = 0;
    let since = Date.now();
    for (let roundNumber = 0; change < changeCount; roundNumber++) {
      const round = peers.slice(0, Math.min(peers.length, changeCount - change));
      const sent = new Map<string, number>();
      for (const [index, peer] of round.entries()) {
        since += 1;
        // Each agent moves to another state every round.
        const state = presenceStates[(roundNumber + index) % presenceStates.length] ?? 'ready';
        const presence: AgentPresence = { state, since, reason: state === 'not-ready' ? 'break' : null };
        sent.set(`bench-${index}:${since}`, Date.now());
        peer.publisher.show(presence);
      }
      const deadline = Date.now() + roundTimeoutMs;
      const shown = new Map<string, number>();
      while (shown.size < sent.size && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        for (const [agentId, seenSince, at] of await drainBoard(page)) {
          const key = `${agentId}:${seenSince}`;
          if (sent.has(key) && !shown.has(key)) shown.set(key, at);
        }
      }
      for (const [key, sentAt] of sent) {
        const [agentId = '', sinceText = ''] = key.split(':');
        const boardAt = shown.get(key);
        if (boardAt === undefined) lost += 1;
        else boardDelays.push(boardAt - sentAt);
        const rawAt = rawSeen.get(`${agents[Number(agentId.replace('bench-', ''))]?.username}:${sinceText}`);
        if (rawAt !== undefined) rawDelays.push(rawAt - sentAt);
      }
      rawSeen.clear();
      change += round.length;
      if (roundNumber % 10 === 0) console.log(`  … ${change} changes, ${lost} not shown so far`);
      if (firstHeap === null && change >= readingAfter) firstHeap = await heapAfterGc(page);
    }
    const lastHeap = await heapAfterGc(page);

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
