import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { readSipTrace } from '../../src/main/services/logging/sip-trace';
import { openStore } from '../../src/main/store/database';
import { markDemoDatabase } from '../../src/main/store/demo-marker';
import { generateDemoData } from '../../src/main/store/demo/generate';
import { databaseFileName } from '../../src/main/store/open-app-store';
import { startBaresip, type BaresipPhone } from '../stack/baresip';
import { startTelephonyStack, type SipUser, type TelephonyStack } from '../stack/telephony-stack';
import { writeTone } from '../stack/tone';
import { startWebHost, type WebHostProcess } from '../stack/web-host';
import { callContract } from './contract-call';
import { launchOwnBrowser } from './own-browser';

export const rigAgent: SipUser = { username: 'rig-agent', password: 'rig-agent-secret' };

/** A demo customer whose phone (a baresip registered under their number) calls the console. */
export interface KnownCustomer {
  id: number;
  firstName: string;
  name: string;
  e164: string;
}

export interface Caller {
  customer: KnownCustomer;
  phone: BaresipPhone;
}

/** The console in the browser shell, registered and ready, with known customers' phones around it. */
export interface ConsoleRig {
  stack: TelephonyStack;
  host: WebHostProcess;
  browser: Browser;
  /** The browser's own process, the root of the console's Chromium processes (`chromiumProcesses`). */
  browserRoot: number;
  page: Page;
  callers: Caller[];
  /** The host's data folder: its database is `parley.sqlite` there. */
  dataDir: string;
  /** What the page logged as errors and warnings: for the report of a call that goes wrong. */
  pageErrors: string[];
  stop(): Promise<void>;
}

/**
 * Customers who alone have their number, speak English (or have no
 * preference) in a friendly tone, standard tier: their calls get the
 * inbound-support script in English, whose steps the benchmarks walk.
 */
function knownCustomers(file: string, count: number): KnownCustomer[] {
  const database = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const found = database
      .prepare<[number], KnownCustomer>(
        `SELECT c.id, c.first_name AS firstName, c.display_name AS name, p.e164 FROM customers c JOIN customer_phones p ON p.customer_id = c.id
         WHERE c.tier = 'standard' AND c.preferred_tone = 'friendly' AND coalesce(c.preferred_language, 'en') = 'en'
           AND (SELECT count(*) FROM customer_phones q WHERE q.e164 = p.e164) = 1
         ORDER BY c.id LIMIT ?`,
      )
      .all(count);
    if (found.length < count) throw new Error(`The demo data has ${found.length} English-speaking standard customers with a number of their own, ${count} wanted`);
    return found;
  } finally {
    database.close();
  }
}

/** The demo contact center, generated into the host's folder before it starts (the host then keeps it). */
export function generateDatabase(dataDir: string, customers: number): string {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, databaseFileName);
  const store = openStore(file);
  try {
    generateDemoData(store.sqlite, { customers });
    markDemoDatabase(store, Date.now());
  } finally {
    store.close();
  }
  return file;
}

/**
 * A caller's baresip, tried up to three times: its ports are found free and
 * bound by baresip a moment later (and it binds its TCP and TLS transports
 * next to the UDP port), so on a machine that runs other stacks at the same
 * time another process may take one in between.
 */
async function startPhone(dir: string, stack: TelephonyStack, user: SipUser, tone: string): Promise<BaresipPhone> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startBaresip(`${dir}-${attempt}`, stack, user, tone);
    } catch (error) {
      if (attempt === 3 || !String(error).includes('Address already in use')) throw error;
      console.log(`  a caller's phone found a port taken (attempt ${attempt}); starting it again`);
    }
  }
}

/**
 * Starts everything one console needs to take calls: a generated demo
 * database of `customers`, Kamailio + rtpengine, a baresip for each of
 * `callers` known customers (speaking a tone of `toneSeconds`), the built
 * browser shell and one Chromium page on it with `initScripts`, registered
 * and ready; `otherUsers` are accounts on the same Kamailio for phones the
 * bench brings itself. What started is stopped again if a later step fails.
 */
export async function startConsoleRig(
  dir: string,
  options: { customers: number; callers: number; toneSeconds: number; initScripts?: readonly string[]; hostArgs?: readonly string[]; otherUsers?: readonly SipUser[] },
): Promise<ConsoleRig> {
  const stoppers: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const stopOne of stoppers.reverse()) await stopOne();
  };
  try {
    const dataDir = join(dir, 'data');
    const customers = knownCustomers(generateDatabase(dataDir, options.customers), options.callers);
    const tone = writeTone(join(dir, 'tone.wav'), options.toneSeconds);
    const users = customers.map((customer, index) => ({ username: customer.e164, password: `rig-caller-secret-${index}` }));
    const stack = await startTelephonyStack(join(dir, 'stack'), [rigAgent, ...users, ...(options.otherUsers ?? [])]);
    stoppers.push(() => stack.stop());
    const callers: Caller[] = [];
    for (const [index, customer] of customers.entries()) {
      const phone = await startPhone(join(dir, `caller-${index}`), stack, users[index] as SipUser, tone);
      stoppers.push(() => phone.stop());
      callers.push({ customer, phone });
    }
    const host = await startWebHost(dataDir, options.hostArgs);
    stoppers.push(() => host.stop());
    const { browser, root: browserRoot } = await launchOwnBrowser();
    stoppers.push(() => browser.close());
    const page = await browser.newPage();
    const pageErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') pageErrors.push(message.text().slice(0, 500));
    });
    for (const script of options.initScripts ?? []) await page.addInitScript(script);
    // Saved before the page opens: a page reloads itself when the SIP server changes (its CSP names the server).
    await callContract(host.url, 'phone.account.save', { server: stack.webSocketUrl, username: rigAgent.username, domain: stack.domain, displayName: 'Anna Kovalenko', password: rigAgent.password });
    await page.goto(host.url);
    await page.locator('[data-testid="phone-status"][data-registration="registered"]').waitFor({ timeout: 30_000 });
    await page.getByTestId('agent-state-select').selectOption('ready');
    return { stack, host, browser, browserRoot, page, callers, dataDir, pageErrors, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * What each side showed when a call did not come as expected: the page's
 * phone and call state, the caller's baresip and the SIP server, and a
 * screenshot kept outside the run's folder (which is removed as the run ends).
 */
async function whatTheRigShows(rig: ConsoleRig, caller: Caller): Promise<string> {
  const { page } = rig;
  const screenshot = join(tmpdir(), `parley-rig-${Date.now()}.png`);
  const shown = await page
    .evaluate(() => {
      const attributes = (testId: string) => {
        const element = document.querySelector(`[data-testid="${testId}"]`);
        return element ? Object.fromEntries(Array.from(element.attributes).filter((a) => a.name.startsWith('data-')).map((a) => [a.name, a.value])) : null;
      };
      return JSON.stringify({
        phoneStatus: attributes('phone-status'),
        agentState: attributes('agent-state'),
        callStatus: attributes('call-status'),
        text: document.body.innerText.slice(0, 1500),
      });
    })
    .catch((error: unknown) => `the page could not be read: ${String(error)}`);
  await page.screenshot({ path: screenshot }).catch(() => undefined);
  // The host writes the page's SIP trace beside its logs at most a second after a message.
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  const trace = readSipTrace(join(rig.dataDir, 'logs'))
    .slice(-8)
    .map((entry) => `${entry.at} ${entry.direction}: ${entry.message.split('\n', 1)[0]}`);
  return [
    `the page: ${shown}`,
    `screenshot: ${screenshot}`,
    `the console's last SIP messages:\n${trace.join('\n')}`,
    `the caller's baresip (${caller.phone.uri}):\n${caller.phone.logs().slice(-3000)}`,
    `the SIP server:\n${rig.stack.logs().slice(-3000)}`,
  ].join('\n');
}

/** The caller's phone rings the console; the card pops with their name; the agent answers and both sides say the call is up. */
export async function ringAndAnswer(rig: ConsoleRig, caller: Caller): Promise<void> {
  const { page, stack } = rig;
  caller.phone.forgetEvents();
  const dialled = await caller.phone.command('dial', `sip:${rigAgent.username}@${stack.domain}`);
  if (!dialled.ok) throw new Error(`the caller's baresip did not dial: ${dialled.data}\n${await whatTheRigShows(rig, caller)}`);
  const answer = page.getByTestId('answer-button');
  await answer.waitFor().catch(async (error: Error) => {
    throw new Error(`${error.message}\n${await whatTheRigShows(rig, caller)}`);
  });
  // Looked for once it rings: the card of the caller before may still be on screen until then.
  await page.getByTestId('customer-card').getByRole('heading', { level: 2 }).filter({ hasText: caller.customer.name }).waitFor();
  await answer.click();
  await page.locator('[data-testid="call-status"][data-call="established"]').waitFor();
  await caller.phone.waitForEvent((event) => event.type === 'CALL_ESTABLISHED');
}

/** The agent hangs up and the caller's phone hears it. */
export async function hangUp(rig: ConsoleRig, caller: Caller): Promise<void> {
  await rig.page.getByTestId('hangup-button').click();
  await caller.phone.waitForEvent((event) => event.type === 'CALL_CLOSED');
}

/** Saves the wrap-up as it stands; the agent is ready for the next call again. */
export async function saveWrapUp(page: Page): Promise<void> {
  await page.getByTestId('wrap-up-save').click();
  await page.getByTestId('wrap-up-saved').waitFor();
  await page.locator('[data-testid="agent-state"][data-status="ready"]').waitFor();
}
