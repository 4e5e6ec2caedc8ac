import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { defaultBoardAlertRules } from '../../src/shared/domain/board-alerts';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { contractCallThrough, expect, test, type ConsoleUnderTest } from './support/console-fixture';
import { agent, agentName, attachTelephonyLogs, registeredConsole, startTelephonyWorld, type TelephonyWorld } from './support/telephony-fixture';
import { startTelephonyStack, type SipUser, type TelephonyStack } from '../stack/telephony-stack';
import { startWebHost, type WebHostProcess } from '../stack/web-host';

/**
 * The supervisors' board over SIP presence, on the real stack: the agent's
 * console (the shared browser shell) publishes its state; a supervisor's
 * console (a browser shell of its own, with the CRM's roster imported)
 * watches it. Presence expires after 10 s here, so a console that dies is
 * offline on the board within seconds.
 */
const supervisor: SipUser = { username: 'super-5001', password: 'super-secret-5001' };
/** In the roster, never signed in: the board shows them offline, not unknown. */
const quietAgent: SipUser = { username: 'agent-1002', password: 'agent-secret-1002' };
const presenceExpirySeconds = 10;
const cleanPeriodSeconds = 2;

interface KnownCustomer {
  displayName: string;
  e164: string;
}

let world: TelephonyWorld;
let supervisorHost: WebHostProcess;
let supervisorData: string;
let customer: KnownCustomer;

/** The CRM's roster as `npm run import` takes it: the supervisor leads team "Desk A" with both agents. */
function importRoster(dataDir: string, domain: string): void {
  const now = Date.now();
  const person = (id: string, user: string, displayName: string, role: string, leadsTeams: string[] = []) =>
    JSON.stringify({ kind: 'agent', id, sipAddress: `${user}@${domain}`, displayName, team: 'Desk A', leadsTeams, role, active: true, updatedAt: now });
  const file = join(dataDir, 'roster.jsonl');
  writeFileSync(file, [person('p-1', agent.username, agentName, 'agent'), person('p-2', quietAgent.username, 'Vira Shevchuk', 'agent'), person('p-9', supervisor.username, 'Oksana Bondar', 'supervisor', ['Desk A'])].join('\n'));
  const root = resolve(import.meta.dirname, '../..');
  execFileSync(process.execPath, [join(root, 'scripts/run-ts.mjs'), 'src/main/services/import/cli.ts', '--db', join(dataDir, 'parley.sqlite'), file], { cwd: root, stdio: 'pipe' });
}

/** A demo customer of the supervisor's own cache with a number nobody else has: the board names them. */
function customerOfSupervisor(dataDir: string): KnownCustomer {
  const database = new Database(join(dataDir, 'parley.sqlite'), { readonly: true, fileMustExist: true });
  try {
    const found = database
      .prepare<[], KnownCustomer>(
        `SELECT c.display_name AS displayName, p.e164 FROM customers c JOIN customer_phones p ON p.customer_id = c.id
         WHERE (SELECT count(*) FROM customer_phones q WHERE q.e164 = p.e164) = 1 ORDER BY c.id LIMIT 1`,
      )
      .get();
    if (!found) throw new Error('The supervisor’s demo data has no customer with a number of their own');
    return found;
  } finally {
    database.close();
  }
}

// Two consoles, a roster import and presence expiry: longer than the suite's default.
test.describe.configure({ timeout: 90_000 });

test.beforeAll(async () => {
  // The roster import runs through Vite's module runner, and the supervisor's host writes its demo data on first start.
  test.setTimeout(120_000);
  supervisorData = mkdtempSync(join(tmpdir(), 'parley-e2e-supervisor-'));
  importRoster(supervisorData, '127.0.0.1');
  supervisorHost = await startWebHost(supervisorData);
  customer = customerOfSupervisor(supervisorData);
  world = await startTelephonyWorld({
    customer: { username: customer.e164, password: 'customer-secret-board' },
    otherPhones: [supervisor, quietAgent],
    presence: { maxExpiresSeconds: presenceExpirySeconds, cleanPeriodSeconds },
  });
});

test.afterAll(async () => {
  await world?.stop();
  await supervisorHost?.stop();
  if (supervisorData) rmSync(supervisorData, { recursive: true, force: true });
});

test.afterEach(async ({ parley }, testInfo) => {
  await attachTelephonyLogs(parley, testInfo, world);
});

/** The supervisor's console, signed in to `stack`, with the board open. */
async function supervisorBoard(browser: Browser, stack: Pick<TelephonyStack, 'webSocketUrl' | 'domain'>): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  await page.goto(supervisorHost.url);
  await expect(page.getByTestId('phone-status')).toBeVisible({ timeout: 15_000 });
  await contractCallThrough(page)('phone.account.save', {
    server: stack.webSocketUrl,
    username: supervisor.username,
    domain: stack.domain,
    displayName: 'Oksana Bondar',
    password: supervisor.password,
  });
  // A page may only reach the SIP server it was loaded for (its CSP): after another story's server it reloads on its
  // own, maybe after the old registration still reads "registered". A fresh page now, so no reload comes mid-story.
  await page.goto(supervisorHost.url);
  await expect(page.getByTestId('phone-status')).toHaveAttribute('data-registration', 'registered', { timeout: 15_000 });
  await page.getByTestId('workspace-board').click();
  await expect(page.getByTestId('board')).toBeVisible();
  return { context, page };
}

const rowSelector = (agentId: string) => `[data-testid="board-row"][data-agent="${agentId}"]`;
const row = (page: Page, agentId: string) => page.locator(rowSelector(agentId));

/**
 * Resolves with the time (this machine's clock, which both pages share) at
 * which `selector` in `page` first has `attribute` = `value`: watched in the
 * page itself, so the measure is not Playwright's polling interval.
 */
function whenShown(page: Page, selector: string, attribute: string, value: string): Promise<number> {
  return page.evaluate(
    ({ selector, attribute, value }) =>
      new Promise<number>((resolveAt, reject) => {
        const shown = () => document.querySelector(selector)?.getAttribute(attribute) === value;
        if (shown()) return resolveAt(Date.now());
        const observer = new MutationObserver(() => {
          if (!shown()) return;
          observer.disconnect();
          resolveAt(Date.now());
        });
        observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: [attribute] });
        setTimeout(() => {
          observer.disconnect();
          reject(new Error(`${selector} did not show ${attribute}=${value} within 20 s`));
        }, 20_000);
      }),
    { selector, attribute, value },
  );
}


/**
 * Does `act` in the agent's console and answers how long after the agent's
 * own console entered `agentStatus` the board showed the agent in `boardState`.
 */
async function boardDelay(parley: ConsoleUnderTest, board: Page, change: { agentStatus: string; boardState: string }, act: () => Promise<void>): Promise<number> {
  const onBoard = whenShown(board, rowSelector('p-1'), 'data-state', change.boardState);
  const inConsole = whenShown(parley.page, '[data-testid="agent-state"]', 'data-status', change.agentStatus);
  await act();
  const [consoleAt, boardAt] = await Promise.all([inConsole, onBoard]);
  return boardAt - consoleAt;
}

test('an agent goes not ready, takes a call and wraps up: the board shows each state within a second', async ({ parley, browser }) => {
  const board = await supervisorBoard(browser, world.stack);
  try {
    await registeredConsole(parley, world);
    await expect(row(board.page, 'p-1')).toHaveAttribute('data-state', 'ready', { timeout: 10_000 });
    // The agent who never signed in has no publication: offline, not unknown.
    await expect(row(board.page, 'p-2')).toHaveAttribute('data-state', 'offline');

    const notReady = await boardDelay(parley, board.page, { agentStatus: 'not-ready', boardState: 'not-ready' }, async () => {
      await parley.page.getByTestId('agent-state-select').selectOption('not-ready:lunch');
    });
    expect(notReady).toBeLessThan(1_000);
    await expect(row(board.page, 'p-1').getByText('Not ready — lunch')).toBeVisible();

    // Back to ready, and the customer calls.
    await parley.page.getByTestId('agent-state-select').selectOption('ready');
    await expect(row(board.page, 'p-1')).toHaveAttribute('data-state', 'ready');
    await world.customer.command('dial', `sip:${agent.username}@${world.stack.domain}`);
    await expect(parley.page.getByTestId('incoming-call')).toBeVisible();
    // The SIP server itself reports the call ringing (dialog event package), before the agent answers.
    await expect(row(board.page, 'p-1').getByTestId('board-call')).toHaveAttribute('data-stage', 'ringing');
    const inCall = await boardDelay(parley, board.page, { agentStatus: 'on-call', boardState: 'in-call' }, () => parley.page.getByTestId('answer-button').click());
    expect(inCall).toBeLessThan(1_000);
    const call = row(board.page, 'p-1').getByTestId('board-call');
    await expect(call).toHaveAttribute('data-stage', 'connected');
    await expect(call).toHaveAttribute('data-direction', 'inbound');
    // Named from the supervisor's own cache of customers.
    await expect(call.getByTestId('board-call-customer')).toHaveText(customer.displayName);

    const wrapUp = await boardDelay(parley, board.page, { agentStatus: 'wrap-up', boardState: 'wrap-up' }, async () => {
      await parley.page.getByTestId('hangup-button').click();
    });
    expect(wrapUp).toBeLessThan(1_000);
    await expect(row(board.page, 'p-1').getByTestId('board-call')).toHaveCount(0);

    const afterWrapUp = await boardDelay(parley, board.page, { agentStatus: 'ready', boardState: 'ready' }, () => parley.page.getByTestId('wrap-up-done').click());
    expect(afterWrapUp).toBeLessThan(1_000);
    test.info().annotations.push({ type: 'board delays (ms)', description: JSON.stringify({ notReady, inCall, wrapUp, afterWrapUp }) });
  } finally {
    await board.context.close();
  }
});

test('a console that dies is offline on the board once its presence expires', async ({ parley, browser }) => {
  const board = await supervisorBoard(browser, world.stack);
  try {
    await registeredConsole(parley, world);
    await expect(row(board.page, 'p-1')).toHaveAttribute('data-state', 'ready', { timeout: 10_000 });
    // The renderer is killed: no pagehide, no removal of the publication, no unregistering.
    const offline = whenShown(board.page, rowSelector('p-1'), 'data-state', 'offline');
    const killedAt = Date.now();
    await parley.page.goto('chrome://crash').catch(() => undefined);
    const after = (await offline) - killedAt;
    expect(after).toBeLessThan((presenceExpirySeconds + cleanPeriodSeconds + 3) * 1_000);
    await expect(board.page.getByTestId('board-unknown')).toHaveCount(0);
  } finally {
    await board.context.close();
  }
});

test('the board fits 1280×720 in English, Russian and Ukrainian, with a call, an offline agent and an alert', async ({ parley, browser }) => {
  const board = await supervisorBoard(browser, world.stack);
  const supervisorCall = contractCallThrough(board.page);
  try {
    // The supervisor sets a shift around the clock: the agent who never signed in is "offline during the shift".
    await board.page.getByTestId('board-rules-open').click();
    await board.page.getByLabel('Agent offline during the shift').check();
    await board.page.getByLabel('Shift starts').fill('00:00');
    await board.page.getByLabel('Shift ends').fill('23:59');
    await board.page.getByTestId('board-rules-save').click();
    await expect(board.page.getByRole('dialog')).toHaveCount(0);
    await registeredConsole(parley, world);
    world.customer.forgetEvents();
    await world.customer.command('dial', `sip:${agent.username}@${world.stack.domain}`);
    await parley.page.getByTestId('answer-button').click();
    await expect(row(board.page, 'p-1').getByTestId('board-call-customer')).toHaveText(customer.displayName, { timeout: 10_000 });
    for (const language of ['en', 'ru', 'uk']) {
      await supervisorCall('settings.update', { language });
      await expect(board.page.locator('html')).toHaveAttribute('lang', language);
      await expect(row(board.page, 'p-2').getByTestId('board-alerts').locator('[data-alert="offline-in-shift"]')).toBeVisible();
      // Nothing the supervisor must read is cut: the view never scrolls sideways.
      const view = await board.page.getByTestId('view-board').evaluate((element) => ({ scroll: element.scrollWidth, width: element.clientWidth }));
      expect(view.scroll).toBeLessThanOrEqual(view.width);
      // …and no text in a row is cut short with an ellipsis (the alert's badge included).
      const cut = await board.page.locator('[data-testid="board-row"] *').evaluateAll((elements) =>
        elements.filter((element) => element.children.length === 0 && element.scrollWidth > element.clientWidth + 1).map((element) => element.textContent),
      );
      expect(cut).toEqual([]);
      await board.page.screenshot({ path: resolve(import.meta.dirname, `../../docs/screenshots/board-${language}.png`) });
    }
    await parley.page.getByTestId('hangup-button').click();
    await world.customer.waitForEvent((event) => event.type === 'CALL_CLOSED');
  } finally {
    await supervisorCall('settings.update', { language: 'system' });
    await supervisorCall('board.alert-rules.save', { ...defaultBoardAlertRules });
    await board.context.close();
  }
});

test('a SIP server without presence support: the board says so for each agent, shows nobody offline, and the supervisor learns their own state is not published', async ({ browser }) => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-no-presence-'));
  const plainServer = await startTelephonyStack(join(dir, 'stack'), [supervisor, agent, quietAgent], {}, 60, { enabled: false });
  let board: Awaited<ReturnType<typeof supervisorBoard>> | null = null;
  try {
    board = await supervisorBoard(browser, plainServer);
    for (const agentId of ['p-1', 'p-2']) {
      await expect(row(board.page, agentId)).toHaveAttribute('data-state', 'unknown', { timeout: 10_000 });
      await expect(row(board.page, agentId).getByTestId('board-unknown-reason')).toHaveAttribute('data-reason', 'no-presence-support');
    }
    const notice = board.page.getByTestId('board-unknown');
    await expect(notice).toContainText('the SIP server does not support presence (SIP 489)');
    await expect(notice).toContainText(agentName);
    await expect(notice).toContainText('Vira Shevchuk');
    await expect(board.page.locator('[data-testid="board-row"][data-state="offline"]')).toHaveCount(0);
    // The supervisor is in the roster too: their own state cannot reach anyone's board either, and the console says so.
    const ownState = board.page.getByTestId('publishing-failed');
    await expect(ownState).toHaveAttribute('data-reason', 'no-presence-support');
    await expect(ownState).toContainText('Your state is not reaching your team’s board: the SIP server does not support presence (SIP 489)');
  } finally {
    // Stopped whatever failed: a story that stops early must not leave its Kamailio running.
    await board?.context.close();
    await plainServer.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
