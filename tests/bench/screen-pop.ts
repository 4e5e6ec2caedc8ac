import { mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { openStore } from '../../src/main/store/database';
import { createSeededRandom } from '../../src/main/store/demo/seeded-random';
import { startBaresip, type BaresipPhone } from '../stack/baresip';
import { chromiumArgs, chromiumExecutable } from '../stack/chromium';
import { startTelephonyStack, type SipUser } from '../stack/telephony-stack';
import { writeTone } from '../stack/tone';
import { startWebHost } from '../stack/web-host';
import { callContract } from './contract-call';
import { percentiles, printTarget } from './measure';

const agent: SipUser = { username: 'pop-agent', password: 'pop-agent-secret' };
// SIP users that are phone numbers, as a gateway presents PSTN callers; each is given to one customer.
const callers: SipUser[] = [
  { username: '79169990001', password: 'pop-caller-secret-1' },
  { username: '79169990002', password: 'pop-caller-secret-2' },
];
const calls = 60;
const warmup = 6;

/**
 * Stamps, in the page, the moment each INVITE arrives over the SIP WebSocket
 * (the listener is added before sip.js's, so it runs first).
 */
const stampInvites = `(() => {
  const Original = window.WebSocket;
  window.WebSocket = class extends Original {
    constructor(...args) {
      super(...args);
      this.addEventListener('message', (event) => {
        if (typeof event.data === 'string' && event.data.startsWith('INVITE ')) window.__inviteAt = performance.now();
      });
    }
  };
})();`;

/** Arms a watcher: milliseconds from the INVITE to the ringing call on screen (the baseline) and to the caller's card. */
function armPopTimer(page: Page, name: string): Promise<void> {
  return page.evaluate((name) => {
    const times: { ring?: number; card?: number } = {};
    (window as unknown as { __pop: Promise<typeof times> }).__pop = new Promise((done) => {
      const check = () => {
        const inviteAt = (window as unknown as { __inviteAt?: number }).__inviteAt;
        if (inviteAt === undefined) return;
        if (times.ring === undefined && document.querySelector('[data-testid="answer-button"]')) times.ring = performance.now() - inviteAt;
        if (times.card === undefined && document.querySelector('[data-testid="customer-card"] h2')?.textContent?.includes(name)) times.card = performance.now() - inviteAt;
        if (times.ring !== undefined && times.card !== undefined) {
          observer.disconnect();
          done(times);
        }
      };
      const observer = new MutationObserver(check);
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    });
    delete (window as unknown as { __inviteAt?: number }).__inviteAt;
  }, name);
}

function readPop(page: Page): Promise<{ ring: number; card: number }> {
  return page.evaluate(() =>
    Promise.race([
      (window as unknown as { __pop: Promise<{ ring: number; card: number }> }).__pop,
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no card within 10 s')), 10_000)),
    ]),
  );
}

/** Gives each caller's number to a random customer of the database; returns their names, caller by caller. */
function customersForCallers(file: string): string[] {
  const store = openStore(file);
  try {
    const random = createSeededRandom(41);
    const maxId = store.sqlite.prepare<[], number>('SELECT max(id) FROM customers').pluck().get() ?? 0;
    return callers.map((caller) => {
      const e164 = `+${caller.username}`;
      store.sqlite.prepare('DELETE FROM customer_phones WHERE e164 = ?').run(e164);
      const customer = store.sqlite.prepare<[number], { id: number; name: string }>('SELECT id, display_name AS name FROM customers WHERE id >= ? LIMIT 1').get(1 + random.int(maxId));
      if (!customer) throw new Error('The database has no customers');
      store.sqlite.prepare('INSERT INTO customer_phones (customer_id, e164) VALUES (?, ?)').run(customer.id, e164);
      return customer.name;
    });
  } finally {
    store.close();
  }
}

/**
 * Screen pop on the full database through the real stack: from the INVITE
 * reaching the page to the caller's card rendered with their name. Callers
 * alternate so that every call opens a different card. Baseline: from the
 * same INVITE to the ringing call on screen, which needs no store at all.
 * The database file is moved into the browser shell's data folder and changed
 * (two phones, the calls): run it last.
 */
export async function benchScreenPop(databaseFile: string): Promise<boolean> {
  console.log(`\nScreen pop (INVITE reaches the page → caller's card rendered), ${calls - warmup} calls through Kamailio into the browser shell`);
  const names = customersForCallers(databaseFile);
  const dataDir = join(dirname(databaseFile), 'screen-pop-data');
  mkdirSync(dataDir, { recursive: true });
  renameSync(databaseFile, join(dataDir, 'parley.sqlite'));
  const dir = mkdtempSync(join(tmpdir(), 'parley-bench-pop-'));
  const tone = writeTone(join(dir, 'tone.wav'), 30);
  const stack = await startTelephonyStack(join(dir, 'stack'), [agent, ...callers]);
  const phones: BaresipPhone[] = [];
  for (const [index, caller] of callers.entries()) phones.push(await startBaresip(join(dir, `caller-${index}`), stack, caller, tone));
  const host = await startWebHost(dataDir);
  const browser = await chromium.launch({ executablePath: chromiumExecutable, args: chromiumArgs });
  try {
    const page = await browser.newPage();
    await page.addInitScript(stampInvites);
    await callContract(host.url, 'phone.account.save', { server: stack.webSocketUrl, username: agent.username, domain: stack.domain, displayName: 'Bench', password: agent.password });
    await page.goto(host.url);
    await page.locator('[data-testid="phone-status"][data-registration="registered"]').waitFor({ timeout: 10_000 });
    await page.getByTestId('agent-state-select').selectOption('ready');

    const ring: number[] = [];
    const card: number[] = [];
    for (let call = 0; call < calls; call++) {
      const caller = call % callers.length;
      const phone = phones[caller] as BaresipPhone;
      phone.forgetEvents();
      await armPopTimer(page, names[caller] ?? '');
      await phone.command('dial', `sip:${agent.username}@${stack.domain}`);
      const took = await readPop(page);
      if (call >= warmup) {
        ring.push(took.ring);
        card.push(took.card);
      }
      await page.getByTestId('decline-button').click();
      await phone.waitForEvent((event) => event.type === 'CALL_CLOSED');
      await page.getByTestId('answer-button').waitFor({ state: 'detached' });
    }
    const pop = percentiles(card);
    const ringing = percentiles(ring);
    console.log(`  INVITE → card rendered: p50 ${pop.p50.toFixed(1)} ms, p95 ${pop.p95.toFixed(1)} ms`);
    console.log(`  baseline, INVITE → ringing call on screen: p50 ${ringing.p50.toFixed(1)} ms, p95 ${ringing.p95.toFixed(1)} ms`);
    console.log(`  ratio to baseline (p50): ${(pop.p50 / ringing.p50).toFixed(2)}×`);
    return printTarget('screen pop p95 < 100 ms', pop.p95 < 100);
  } finally {
    await browser.close();
    await host.stop();
    for (const phone of phones) await phone.stop();
    await stack.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
