import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Page } from '@playwright/test';
import { databaseFileName } from '../../src/main/store/open-app-store';
import type { SyncStatus } from '../../src/shared/domain/sync-status';
import { customerItem } from '../sync/items';
import { startReferenceServer } from '../sync/reference-server';
import { hangUp, ringAndAnswer, saveWrapUp, startConsoleRig, type Caller, type ConsoleRig } from './console-rig';
import { callContract } from './contract-call';
import { domEventListeners, listenerGrowth, type DomListeners } from './dom-event-listeners';
import { heapCensus, printHeapGrowth } from './heap-census';
import { countLiveTimers, liveTimers } from './live-timers';
import { printTarget } from './measure';
import { countPeerConnections, openPeerConnections, type OpenPeerConnections } from './peer-connection-count';

/** Customers of the generated database: a contact center's cache, not a toy. */
const shiftCustomers = 100_000;
/** Known customers who call in turn: every call opens a different card from the one before. */
const callerCount = 6;
const crmToken = 'bench-crm-token';

interface ShiftReading {
  call: number;
  heapBytes: number;
  hostRssBytes: number;
  databaseBytes: number;
  peerConnections: OpenPeerConnections;
  timeouts: number;
  intervals: number;
  listeners: DomListeners;
}

/** A datetime-local value for a moment from now, in the page's (and this machine's) time zone. */
function localInput(msFromNow: number): string {
  const at = Date.now() + msFromNow;
  return new Date(at - new Date(at).getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

/** The inbound-support script as an agent walks it on a billing question (tests/e2e/scripts.spec.ts walks the same). */
async function walkScript(page: Page, caller: Caller, call: number): Promise<void> {
  const script = page.getByTestId('call-script');
  // This call's script, greeting this caller: not the one the previous call left on screen.
  await script.getByTestId('script-phrase').filter({ hasText: `Hi ${caller.customer.firstName},` }).waitFor();
  await script.getByTestId('script-next').click();
  await script.getByTestId('script-next').click();
  await script.getByTestId('script-checkpoint').check();
  await script.getByTestId('script-next').click();
  await script.getByRole('button', { name: 'A bill or a payment' }).click();
  await script.getByLabel(/Invoice number/).fill(`INV-${call}`);
  await script.getByTestId('script-finish').click();
}

/**
 * The promise made on this customer's previous call is kept now (the invoice
 * copy went out): what each customer is owed stays what it really is, instead
 * of piling up on their card over the shift (a bigger card at each reading
 * would read as a leak).
 */
async function keepPreviousPromise(page: Page, previousCall: number): Promise<void> {
  // Matched on the text content, where the due date follows the number with no space between (INV-1Due): no \b.
  const promise = page.getByTestId('customer-card').getByTestId('open-promise').filter({ hasText: new RegExp(`INV-${previousCall}(?!\\d)`) });
  await promise
    .getByTestId('promise-kept')
    .click({ timeout: 10_000 })
    .catch(async (error: Error) => {
      const shown = await page.getByTestId('customer-card').getByTestId('open-promise').allInnerTexts();
      throw new Error(`${error.message}\nthe card's open promises: ${JSON.stringify(shown)}`);
    });
  await promise.waitFor({ state: 'detached' });
}

async function wrapUp(page: Page, call: number): Promise<void> {
  await page.getByTestId('wrap-up-disposition').selectOption({ index: 1 });
  await page.getByTestId('wrap-up-add-promise').click();
  await page.getByTestId('promise-description').fill(`Send a copy of invoice INV-${call}`);
  // Due tomorrow: not yet in the owner's reminders, which show the next hour.
  await page.getByTestId('promise-due').fill(localInput(24 * 60 * 60_000));
  await saveWrapUp(page);
}

/**
 * Between calls: the agent looks the next caller up by name, then by their
 * number without the country code. (Not its last six digits: the generated
 * numbers repeat their endings across area codes, and more than a page of
 * customers share them, so the caller need not be on the first page.)
 */
async function searchBetweenCalls(page: Page, next: Caller): Promise<void> {
  const input = page.getByTestId('customer-search-input');
  const found = page.getByTestId('customer-search-result').filter({ hasText: next.customer.name });
  await input.fill(next.customer.name);
  await found.first().waitFor();
  await input.fill(next.customer.e164.slice(-10));
  await found.first().waitFor();
  await input.fill('');
}

function hostRss(pid: number): number {
  const kilobytes = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Number(kilobytes) * 1024;
}

function databaseSize(dataDir: string): number {
  const file = join(dataDir, databaseFileName);
  const size = (path: string) => {
    try {
      return statSync(path).size;
    } catch {
      return 0;
    }
  };
  return size(file) + size(`${file}-wal`);
}

async function syncStatus(rig: ConsoleRig): Promise<SyncStatus> {
  return (await callContract(rig.host.url, 'sync.status', {})) as SyncStatus;
}

/**
 * Waits until what the shift wrote has reached the CRM (within 60 s), and
 * until sip.js has let go of the last calls' transactions (RFC 6026 Timer M,
 * 64 × T1 = 32 s: protocol state still in flight is not a leak); then reads
 * after a forced garbage collection.
 */
async function readShift(rig: ConsoleRig, call: number): Promise<ShiftReading> {
  const settled = Date.now() + 33_000;
  for (let deadline = Date.now() + 60_000; (await syncStatus(rig)).pending > 0; ) {
    if (Date.now() > deadline) throw new Error('the outbox did not empty within 60 s: is the sync to the reference CRM running?');
    await sleep(500);
  }
  await sleep(Math.max(0, settled - Date.now()));
  const session = await rig.page.context().newCDPSession(rig.page);
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await session.send('Runtime.getHeapUsage')) as { usedSize: number };
  await session.detach();
  const timers = await liveTimers(rig.page);
  const listeners = await domEventListeners(rig.page);
  return {
    call,
    heapBytes: usedSize,
    hostRssBytes: hostRss(rig.host.pid),
    databaseBytes: databaseSize(rig.dataDir),
    peerConnections: await openPeerConnections(rig.page),
    ...timers,
    listeners,
  };
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;
const growth = (now: number, first: number) => (now - first) / first;
const signedPercent = (ratio: number) => `${ratio >= 0 ? '+' : ''}${(ratio * 100).toFixed(1)} %`;

function printReading(reading: ShiftReading, first: ShiftReading): void {
  const against = (now: number, then: number) => (reading === first ? '' : ` (${signedPercent(growth(now, then))})`);
  console.log(
    `  after call ${reading.call}: renderer heap ${mb(reading.heapBytes)}${against(reading.heapBytes, first.heapBytes)}, host RSS ${mb(reading.hostRssBytes)}${against(reading.hostRssBytes, first.hostRssBytes)}, ` +
      `database + WAL ${mb(reading.databaseBytes)}${against(reading.databaseBytes, first.databaseBytes)}; ` +
      `open peer connections ${reading.peerConnections.inCalls} (prepared for the next call ${reading.peerConnections.prepared}), live timeouts ${reading.timeouts}, intervals ${reading.intervals}, listeners on window ${reading.listeners.window}, on document ${reading.listeners.document}, on its elements ${reading.listeners.elements}`,
  );
  const more = listenerGrowth(first.listeners, reading.listeners);
  if (more.length > 0) console.log(`    listeners added since call ${first.call}: ${more.map(([kind, count]) => `+${count} ${kind}`).join(', ')}`);
}

/**
 * A shift: `calls` calls through the real stack into one browser-shell page on
 * a generated database, with the sync to the reference CRM running. Each call:
 * a known customer's phone rings the console → their card pops → answer →
 * the promise of their last call kept → the script walked → a note typed → hang up → wrap-up with a disposition and
 * a promise, saved; between calls, two searches. Readings at 1/8, 1/2 and the
 * end of the shift (calls 50, 200, 400 by default); the first is the baseline
 * the others are compared with.
 */
export async function benchShift(calls: number): Promise<boolean> {
  const readAt = [...new Set([Math.ceil(calls / 8), Math.ceil(calls / 2), calls])];
  console.log(`\nShift: ${calls} calls into one browser-shell page (${shiftCustomers.toLocaleString('en')} customers, sync to the reference CRM running); readings after calls ${readAt.join(', ')}`);
  const dir = mkdtempSync(join(tmpdir(), 'parley-bench-shift-'));
  const server = await startReferenceServer({ token: crmToken });
  const started = performance.now();
  let rig: ConsoleRig | null = null;
  try {
    // The CRM's own customers, pulled in as the shift starts; the console's calls, notes and promises come back through its feed.
    for (let n = 0; n < 200; n++) server.publish(customerItem(n));
    rig = await startConsoleRig(dir, { customers: shiftCustomers, callers: callerCount, toneSeconds: 120, initScripts: [countPeerConnections, countLiveTimers] });
    await callContract(rig.host.url, 'sync.connection.save', { url: server.url, token: crmToken });
    console.log(`  ready in ${((performance.now() - started) / 1000).toFixed(1)} s (database generated, stack and page started)`);
    const readings: ShiftReading[] = [];
    const shiftStarted = performance.now();
    let readingSeconds = 0;
    let firstCensus: Awaited<ReturnType<typeof heapCensus>> | null = null;
    for (let call = 1; call <= calls; call++) {
      const caller = rig.callers[(call - 1) % rig.callers.length] as Caller;
      await ringAndAnswer(rig, caller);
      if (call > rig.callers.length) await keepPreviousPromise(rig.page, call - rig.callers.length);
      await walkScript(rig.page, caller, call);
      await rig.page.getByTestId('note-draft').pressSequentially(`Asked for invoice INV-${call} again`);
      await hangUp(rig, caller);
      await wrapUp(rig.page, call);
      await searchBetweenCalls(rig.page, rig.callers[call % rig.callers.length] as Caller);
      if (readAt.includes(call)) {
        const readingStarted = performance.now();
        const reading = await readShift(rig, call);
        readings.push(reading);
        printReading(reading, readings[0] as ShiftReading);
        // What the heap holds by kind, at the first reading and the last: if it grew, what grew is printed.
        if (call === readAt[0]) firstCensus = await heapCensus(rig.page);
        if (call === calls && firstCensus) {
          console.log(`  what grew in the renderer's heap after call ${readAt[0]} (bytes, objects, kind):`);
          printHeapGrowth(firstCensus, await heapCensus(rig.page));
        }
        readingSeconds += (performance.now() - readingStarted) / 1000;
      }
    }
    const callSeconds = (performance.now() - shiftStarted) / 1000 - readingSeconds;
    console.log(`  ${calls} calls in ${(callSeconds / 60).toFixed(1)} min (${(callSeconds / calls).toFixed(2)} s a call, searches included), readings ${(readingSeconds / 60).toFixed(1)} min; the whole part ${((performance.now() - started) / 60_000).toFixed(1)} min`);
    const status = await syncStatus(rig);
    console.log(`  sync: ${status.connection}, ${status.pending} changes waiting; the CRM stored ${server.storedTimes.size} items`);
    const first = readings[0] as ShiftReading;
    const last = readings.at(-1) as ShiftReading;
    const heapGrowth = Math.max(...readings.map((reading) => growth(reading.heapBytes, first.heapBytes)));
    const rssGrowth = Math.max(...readings.map((reading) => growth(reading.hostRssBytes, first.hostRssBytes)));
    console.log(`  growth after call ${first.call} (the baseline), at most: renderer heap ${signedPercent(heapGrowth)}, host RSS ${signedPercent(rssGrowth)}; database ${signedPercent(growth(last.databaseBytes, first.databaseBytes))} at the end`);
    const timersGrew = readings.some((reading) => reading.timeouts > first.timeouts || reading.intervals > first.intervals);
    // Elements' listeners follow what is on screen (see DomListeners): printed, not held to the target.
    const listenersGrew = readings.some((reading) => reading.listeners.window > first.listeners.window || reading.listeners.document > first.listeners.document);
    let met = printTarget('renderer heap growth after the first reading < 10 %', heapGrowth < 0.1);
    met = printTarget('host RSS growth after the first reading < 10 %', rssGrowth < 0.1) && met;
    met = printTarget('no open peer connections between calls (one at most prepared for the next)', readings.every((reading) => reading.peerConnections.inCalls === 0 && reading.peerConnections.prepared <= 1)) && met;
    met = printTarget('no growth in live timers', !timersGrew) && met;
    met = printTarget('no growth in event listeners on window and document', !listenersGrew) && met;
    met = printTarget('everything the shift wrote reached the CRM', status.pending === 0 && status.connection === 'synced') && met;
    return met;
  } catch (error) {
    if (rig) console.error(`  page errors:\n${rig.pageErrors.slice(-10).join('\n')}`);
    throw error;
  } finally {
    await rig?.stop();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
