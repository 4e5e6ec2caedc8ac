import type { Page } from '@playwright/test';
import { expect, test } from './support/console-fixture';
import { agent, customerPhone, registeredConsole, startTelephonyWorld, type TelephonyWorld } from './support/telephony-fixture';

/** What the page asked the OS to show, as the agent would see it on their desktop. */
interface ShownNotification {
  title: string;
  body: string;
  closed: boolean;
}

let world: TelephonyWorld;

test.use({ permissions: ['notifications'] });

test.beforeAll(async () => {
  world = await startTelephonyWorld();
});

test.afterAll(async () => {
  await world?.stop();
});

// eslint-disable-next-line no-empty-pattern -- Playwright wants the fixtures argument destructured, even when none is used.
test.beforeEach(({}, testInfo) => {
  // Electron grants notifications through its session policy (unit-tested); its windows cannot be put behind another one here.
  test.skip(testInfo.project.name === 'electron', 'OS notifications are observed in the browser shell only');
  world.customer.forgetEvents();
});

/**
 * Records every notification the console shows and whether it was closed
 * again. The real Notification still runs: this only watches it.
 */
async function watchNotifications(page: Page): Promise<() => Promise<ShownNotification[]>> {
  await page.evaluate(() => {
    const shown: ShownNotification[] = [];
    const watched = window as unknown as { shownNotifications: ShownNotification[]; lastNotification: Notification };
    watched.shownNotifications = shown;
    window.Notification = class extends window.Notification {
      constructor(title: string, options?: NotificationOptions) {
        super(title, options);
        const record = { title, body: options?.body ?? '', closed: false };
        shown.push(record);
        const close = this.close.bind(this);
        this.close = () => {
          record.closed = true;
          close();
        };
        watched.lastNotification = this;
      }
    };
  });
  return () => page.evaluate(() => (window as unknown as { shownNotifications: ShownNotification[] }).shownNotifications);
}

/** The agent turns to another window: the console's page loses the focus, as it would on a desktop. */
async function lookAway(page: Page): Promise<void> {
  // Playwright tells every page it has the focus; the real answer is needed here.
  const devtools = await page.context().newCDPSession(page);
  await devtools.send('Emulation.setFocusEmulationEnabled', { enabled: false });
  const otherWindow = await page.context().newPage();
  await otherWindow.bringToFront();
  await expect.poll(() => page.evaluate(() => document.hasFocus())).toBe(false);
}

function customerCalls(): Promise<unknown> {
  return world.customer.command('dial', `sip:${agent.username}@${world.stack.domain}`);
}

test.describe('an incoming call while the console is out of sight', () => {
  test('the desktop shows who is calling, and the notification goes once the agent answers', async ({ parley }) => {
    const page = await registeredConsole(parley, world);
    const shownNotifications = await watchNotifications(page);
    await lookAway(page);

    await customerCalls();
    await expect(page.getByTestId('incoming-call')).toBeVisible();
    await expect.poll(shownNotifications).toEqual([{ title: 'Incoming call', body: `Olena Petrenko\n${customerPhone.username}`, closed: false }]);

    await page.getByTestId('answer-button').click();
    await expect(page.getByTestId('call-status')).toHaveAttribute('data-call', 'established');
    await expect.poll(shownNotifications).toEqual([expect.objectContaining({ closed: true })]);

    await page.getByTestId('hangup-button').click();
    await world.customer.waitForEvent((event) => event.type === 'CALL_CLOSED');
  });

  test('a click on the notification brings the console back with Answer focused, so Enter takes the call', async ({ parley }) => {
    const page = await registeredConsole(parley, world);
    const shownNotifications = await watchNotifications(page);
    await lookAway(page);

    await customerCalls();
    await expect.poll(shownNotifications).toHaveLength(1);
    // Focus somewhere else, as after the agent's last click in the console.
    await page.getByTestId('dial-input').focus();
    await page.evaluate(() => (window as unknown as { lastNotification: Notification }).lastNotification.dispatchEvent(new Event('click')));

    // The page asks to be raised (window.focus()); headless Chromium raises no page for a click that no person made,
    // so what is checked is where the focus is inside it.
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.testid)).toBe('answer-button');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('call-status')).toHaveAttribute('data-call', 'established');
    await world.customer.waitForEvent((event) => event.type === 'CALL_ESTABLISHED');
    await page.getByTestId('hangup-button').click();
    await world.customer.waitForEvent((event) => event.type === 'CALL_CLOSED');
  });

  test('a call given up by the caller, or declined, takes its notification with it', async ({ parley }) => {
    const page = await registeredConsole(parley, world);
    const shownNotifications = await watchNotifications(page);
    await lookAway(page);

    await customerCalls();
    await expect.poll(shownNotifications).toHaveLength(1);
    await world.customer.command('hangup');
    await expect(page.getByTestId('incoming-call')).toBeHidden();
    await expect.poll(shownNotifications).toEqual([expect.objectContaining({ closed: true })]);

    await customerCalls();
    await expect.poll(shownNotifications).toHaveLength(2);
    await page.getByTestId('decline-button').click();
    await world.customer.waitForEvent((event) => event.type === 'CALL_CLOSED' && /486|busy/i.test(String(event.param)));
    await expect.poll(shownNotifications).toEqual([expect.objectContaining({ closed: true }), expect.objectContaining({ closed: true })]);
  });
});

test('no notification while the agent is looking at the console: it rings on screen', async ({ parley }) => {
  const page = await registeredConsole(parley, world);
  const shownNotifications = await watchNotifications(page);

  await customerCalls();
  await expect(page.getByTestId('incoming-call')).toBeVisible();
  await page.getByTestId('decline-button').click();
  await world.customer.waitForEvent((event) => event.type === 'CALL_CLOSED');
  expect(await shownNotifications()).toEqual([]);
});
