import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Page } from '@playwright/test';
import { oscillatorMicrophone } from '../e2e/support/page-tone';
import { startBaresip } from '../stack/baresip';
import { openSyncedConsole, rosterPerson, type SyncedConsole } from '../stack/synced-console';
import { startTelephonyStack, type SipUser } from '../stack/telephony-stack';
import { writeTone } from '../stack/tone';
import { startReferenceServer } from '../sync/reference-server';
import { callContract } from './contract-call';
import { percentiles, printLatency, printTarget } from './measure';
import { launchOwnBrowser } from './own-browser';
import { cpuSeconds, descendants } from './process-cpu';

const agent: SipUser = { username: 'bench-agent', password: 'bench-agent-secret' };
const supervisor: SipUser = { username: 'bench-supervisor', password: 'bench-supervisor-secret' };
const customer: SipUser = { username: 'bench-customer', password: 'bench-customer-secret' };
const token = 'bench-crm-token';
const agentId = 'bench-person-agent';

/**
 * Milliseconds from a click on `button` in the page to the first audio the
 * page plays to its user (the `remote-audio` element carrying sound), timed
 * in the page itself so that Playwright's round trips do not count.
 */
function clickToFirstAudio(page: Page, button: string): Promise<number> {
  return page.evaluate(async (button) => {
    const element = document.querySelector<HTMLAudioElement>('[data-testid="remote-audio"]');
    const target = document.querySelector<HTMLElement>(button);
    if (!element || !target) throw new Error(`nothing to click or to listen to (${button})`);
    const started = performance.now();
    target.click();
    const context = new AudioContext();
    const samples = new Float32Array(2048);
    try {
      let analysed: MediaStream | null = null;
      let analyser: AnalyserNode | null = null;
      while (performance.now() - started < 10_000) {
        const stream = element.srcObject;
        if (stream instanceof MediaStream && stream.getAudioTracks().length > 0 && stream !== analysed) {
          analysed = stream;
          analyser = context.createAnalyser();
          analyser.fftSize = samples.length;
          context.createMediaStreamSource(stream).connect(analyser);
        }
        if (analyser) {
          analyser.getFloatTimeDomainData(samples);
          if (samples.some((sample) => Math.abs(sample) > 0.01)) return performance.now() - started;
        }
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      throw new Error('no audio within 10 s of the click');
    } finally {
      await context.close();
    }
  }, button);
}

/** CPU seconds of one browser's whole process tree so far. */
function treeCpu(root: number): number {
  return [root, ...descendants(root)].reduce((sum, pid) => sum + (cpuSeconds(pid) ?? 0), 0);
}

/** The JS heap of a page after a garbage collection, in MB. */
async function heapMb(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = await session.send('Runtime.getHeapUsage');
  await session.detach();
  return usedSize / 1e6;
}

/**
 * Listen / whisper / barge (`--only monitoring`): (1) supervisor click →
 * first audio of the agent's call at the supervisor, `rounds` times, against
 * a plain console-to-console call (the supervisor calls the agent, who
 * answers automatically) set up in the same run; (2) the agent console's CPU
 * (its whole browser) and JS heap during `holdSeconds` of a customer call
 * monitored against the same call unmonitored.
 */
export async function benchMonitoring(rounds: number, holdSeconds: number): Promise<boolean> {
  console.log(`\nMonitoring: click → first audio at the supervisor, ${rounds} rounds against a plain console-to-console call; agent console CPU and heap, ${holdSeconds} s monitored vs unmonitored`);
  const dir = mkdtempSync(join(tmpdir(), 'parley-bench-monitoring-'));
  const stoppers: (() => Promise<void>)[] = [];
  try {
    const stack = await startTelephonyStack(join(dir, 'stack'), [agent, supervisor, customer]);
    stoppers.push(() => stack.stop());
    const phone = await startBaresip(join(dir, 'customer'), stack, customer, writeTone(join(dir, 'tone.wav'), rounds * 10 + holdSeconds * 2 + 120, 440));
    stoppers.push(() => phone.stop());
    const crm = await startReferenceServer({ token });
    stoppers.push(() => crm.close());
    crm.publish(
      rosterPerson('bench-person-supervisor', `${supervisor.username}@${stack.domain}`, 'Sofia Bondar', 'supervisor', ['Support']),
      rosterPerson(agentId, `${agent.username}@${stack.domain}`, 'Anna Kovalenko', 'agent'),
      crm.supervisionKeyItem,
    );
    const supervisorBrowser = await launchOwnBrowser();
    stoppers.push(() => supervisorBrowser.browser.close());
    const agentBrowser = await launchOwnBrowser();
    stoppers.push(() => agentBrowser.browser.close());
    const common = { stack, crm: { url: crm.url, token } };
    const agentConsole: SyncedConsole = await openSyncedConsole(agentBrowser.browser, { ...common, user: agent, displayName: 'Anna Kovalenko' });
    stoppers.push(() => agentConsole.close());
    const supervisorConsole = await openSyncedConsole(supervisorBrowser.browser, { ...common, user: supervisor, displayName: 'Sofia Bondar', initScripts: [oscillatorMicrophone(660)] });
    stoppers.push(() => supervisorConsole.close());
    const agentPage = agentConsole.page;
    const supervisorPage = supervisorConsole.page;
    console.log(`  agent console at ${new URL(agentConsole.host.url).host}, supervisor console at ${new URL(supervisorConsole.host.url).host}`);
    await agentPage.getByTestId('agent-state-select').selectOption('ready');

    // The customer's call, up for the whole monitoring part.
    await phone.command('dial', `sip:${agent.username}@${stack.domain}`);
    await agentPage.getByTestId('answer-button').click();
    await agentPage.locator('[data-testid="call-status"][data-call="established"]').waitFor();
    await sleep(1_000);

    const quiet = { cpu: treeCpu(agentBrowser.root), at: performance.now() };
    await sleep(holdSeconds * 1000);
    const unmonitored = { cpuPercent: ((treeCpu(agentBrowser.root) - quiet.cpu) / ((performance.now() - quiet.at) / 1000)) * 100, heap: await heapMb(agentPage) };

    await supervisorPage.getByTestId('workspace-board').click();
    const row = `[data-testid="monitoring-controls"][data-agent="${agentId}"]`;
    await supervisorPage.locator(`${row} [data-testid="monitor-listen"]`).waitFor();
    const monitoringStarts: number[] = [];
    let monitored = { cpuPercent: Number.NaN, heap: Number.NaN };
    for (let round = 1; round <= rounds; round++) {
      monitoringStarts.push(await clickToFirstAudio(supervisorPage, `${row} [data-testid="monitor-listen"]`));
      if (round === rounds) {
        const before = { cpu: treeCpu(agentBrowser.root), at: performance.now() };
        await sleep(holdSeconds * 1000);
        monitored = { cpuPercent: ((treeCpu(agentBrowser.root) - before.cpu) / ((performance.now() - before.at) / 1000)) * 100, heap: await heapMb(agentPage) };
      }
      await supervisorPage.locator(`${row} [data-testid="monitor-stop"]`).click();
      await supervisorPage.locator(`${row} [data-testid="monitoring-status"][data-status="ended"]`).waitFor();
    }
    console.log('  monitoring rounds done; the plain calls follow');
    await agentPage.getByTestId('hangup-button').click();
    await agentPage.getByTestId('wrap-up-save').click();
    await agentPage.locator('[data-testid="agent-state"][data-status="ready"]').waitFor();

    // The baseline: the supervisor calls the agent's console, which answers by itself at once.
    await callContract(agentConsole.host.url, 'settings.update', { autoAnswer: true, autoAnswerDelaySeconds: 0 });
    const plainCalls: number[] = [];
    for (let round = 1; round <= rounds; round++) {
      await supervisorPage.getByTestId('dial-input').fill(agent.username);
      plainCalls.push(await clickToFirstAudio(supervisorPage, '[data-testid="call-button"]'));
      await supervisorPage.getByTestId('hangup-button').click();
      await agentPage.getByTestId('wrap-up-save').click();
      await agentPage.locator('[data-testid="agent-state"][data-status="ready"]').waitFor();
    }

    const start = percentiles(monitoringStarts);
    printLatency('monitoring start, click → audio (ms)', start, 'plain console-to-console call, click → audio (ms)', percentiles(plainCalls));
    console.log(`  agent console (its whole browser), customer call unmonitored: ${unmonitored.cpuPercent.toFixed(2)} % of one core, heap ${unmonitored.heap.toFixed(1)} MB`);
    console.log(`  the same call monitored (listen): ${monitored.cpuPercent.toFixed(2)} % of one core, heap ${monitored.heap.toFixed(1)} MB; ratio CPU ${(monitored.cpuPercent / unmonitored.cpuPercent).toFixed(2)}×, heap ${(monitored.heap / unmonitored.heap).toFixed(2)}×`);
    return printTarget('monitoring start p95 < 500 ms', start.p95 < 500);
  } finally {
    for (const stop of stoppers.reverse()) await stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
