import { expect, test } from './support/console-fixture';
import { expectAccessible } from './support/accessible';
import { agent, attachTelephonyLogs, registeredConsole, startTelephonyWorld, type TelephonyWorld } from './support/telephony-fixture';

/**
 * Every state an agent works in, checked by axe-core as a screen-reader or
 * keyboard user would meet it: no serious or critical violation (names,
 * roles, contrast, focusable controls, ARIA that says the truth).
 */
let world: TelephonyWorld;

test.beforeAll(async () => {
  world = await startTelephonyWorld();
});

test.afterAll(async () => {
  await world?.stop();
});

test.afterEach(async ({ parley }, testInfo) => {
  await attachTelephonyLogs(parley, testInfo, world);
});

test('ready, ringing, in a call, wrap-up, Settings, the shortcut sheet and the script editor have no serious accessibility violation', async ({ parley }) => {
  // Eight full axe runs, a few seconds each on a busy 2-core machine.
  test.setTimeout(120_000);
  const page = await registeredConsole(parley, world);
  await expectAccessible(page, 'ready');

  world.customer.forgetEvents();
  await world.customer.command('dial', `sip:${agent.username}@${world.stack.domain}`);
  await expect(page.getByTestId('incoming-call')).toBeVisible({ timeout: 10_000 });
  await expectAccessible(page, 'ringing');

  await page.getByTestId('answer-button').click();
  await expect(page.getByTestId('call-status')).toHaveAttribute('data-call', 'established', { timeout: 10_000 });
  await expectAccessible(page, 'in a call');

  await page.getByTestId('hangup-button').click();
  await world.customer.waitForEvent((event) => event.type === 'CALL_CLOSED');
  await expect(page.getByTestId('wrap-up-disposition')).toBeVisible();
  await expectAccessible(page, 'wrap-up');

  await page.getByTestId('settings-open').click();
  await expect(page.getByTestId('settings-tab-administration')).toBeVisible();
  await expectAccessible(page, 'Settings: my preferences');
  await page.getByTestId('settings-tab-administration').click();
  await expect(page.getByTestId('phone-server')).toBeVisible();
  await expectAccessible(page, 'Settings: administration');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('phone-server')).toBeHidden();

  await page.locator('body').click({ position: { x: 5, y: 400 } });
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectAccessible(page, 'keyboard shortcuts');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();

  await page.getByRole('button', { name: 'Edit scripts' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectAccessible(page, 'script editor');
});
