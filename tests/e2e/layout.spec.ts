import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test, type ConsoleUnderTest } from './support/console-fixture';
import { agent, attachTelephonyLogs, customerPhone, registeredConsole, startTelephonyWorld, type TelephonyWorld } from './support/telephony-fixture';

/**
 * The console as agents see it, at the screen sizes they have, in every
 * language: nothing the agent must read is cut, Settings is always in reach,
 * and the ringing panel never covers the call bar. Each state at 1280×720 is
 * kept as a screenshot in docs/screenshots.
 */
const languages = ['en', 'ru', 'uk'] as const;
const sizes = [
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
];
const screenshots = join(import.meta.dirname, '../../docs/screenshots');

let world: TelephonyWorld;

test.beforeAll(async () => {
  mkdirSync(screenshots, { recursive: true });
  world = await startTelephonyWorld();
});

test.afterAll(async () => {
  await world?.stop();
});

test.afterEach(async ({ parley }, testInfo) => {
  await attachTelephonyLogs(parley, testInfo, world);
  await parley.rawCall('settings.update', { language: 'system' });
});

/** What must never be cut: each of these shows all of its text, inside the window. */
const essentials = ['phone-status', 'phone-status-state', 'agent-state', 'call-status', 'settings-open', 'my-calls-open', 'call-bar'];

async function expectNothingCut(page: Page, where: string): Promise<void> {
  const problems = await page.evaluate((testIds) => {
    const found: string[] = [];
    for (const testId of testIds) {
      for (const element of Array.from(document.querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`))) {
        const box = element.getBoundingClientRect();
        if (element.scrollWidth > element.clientWidth + 1) found.push(`${testId} is cut (${element.scrollWidth} > ${element.clientWidth})`);
        if (box.right > window.innerWidth + 1) found.push(`${testId} runs out of the window (${Math.round(box.right)} > ${window.innerWidth})`);
        // Covered by a neighbour is cut too: the topmost element at its middle must be itself (or inside it).
        const middle = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        if (box.width > 0 && middle && !element.contains(middle) && !middle.contains(element)) found.push(`${testId} is covered by ${middle.className || middle.tagName}`);
      }
    }
    const bar = document.querySelector('[data-testid="call-bar"]')?.getBoundingClientRect();
    const ringing = document.querySelector('[data-testid="incoming-call"]')?.getBoundingClientRect();
    if (bar && ringing && ringing.top < bar.bottom - 1) found.push('the ringing panel covers the call bar');
    return found;
  }, essentials);
  expect(problems, where).toEqual([]);
}

async function inEverySize(page: Page, state: string, language: string): Promise<void> {
  for (const size of sizes) {
    await page.setViewportSize(size);
    await expectNothingCut(page, `${state}, ${language}, ${size.width}×${size.height}`);
  }
  await page.setViewportSize(sizes[0] ?? { width: 1280, height: 720 });
  await page.screenshot({ path: join(screenshots, `${state}-${language}.png`) });
}

async function inLanguage(parley: ConsoleUnderTest, language: string): Promise<Page> {
  await parley.rawCall('settings.update', { language });
  const page = await registeredConsole(parley, world);
  await expect(page.locator('html')).toHaveAttribute('lang', language);
  return page;
}

for (const language of languages) {
  test(`${language}: idle, ringing and in a call, nothing the agent must see is cut at 1280, 1440 and 1920 px`, async ({ parley }) => {
    const page = await inLanguage(parley, language);
    await expect(page.getByTestId('phone-status')).toHaveAttribute('data-registration', 'registered');
    await inEverySize(page, 'ready', language);

    world.customer.forgetEvents();
    await world.customer.command('dial', `sip:${agent.username}@${world.stack.domain}`);
    await expect(page.getByTestId('incoming-call')).toBeVisible({ timeout: 10_000 });
    await expect(page.getByTestId('incoming-caller-number')).toContainText(customerPhone.username);
    await inEverySize(page, 'ringing', language);

    await page.getByTestId('answer-button').click();
    await expect(page.getByTestId('call-status')).toHaveAttribute('data-call', 'established', { timeout: 10_000 });
    await inEverySize(page, 'in-call', language);

    await page.keyboard.press('Alt+H');
    await world.customer.waitForEvent((event) => event.type === 'CALL_CLOSED');

    // My calls opens over the console, inside the window, its rows uncut.
    await page.getByTestId('my-calls-open').click();
    const myCalls = page.getByTestId('my-calls-panel');
    await expect(myCalls).toBeVisible();
    await page.getByRole('dialog').evaluate((drawer) => Promise.all(drawer.getAnimations({ subtree: true }).map((animation) => animation.finished)));
    const panel = await myCalls.evaluate((element) => ({ right: element.getBoundingClientRect().right, cut: element.scrollWidth > element.clientWidth + 1 }));
    expect(panel).toEqual({ right: expect.any(Number), cut: false });
    expect(panel.right).toBeLessThanOrEqual(1280);
    await page.screenshot({ path: join(screenshots, `my-calls-${language}.png`) });
    await page.keyboard.press('Escape');
    await expect(myCalls).toBeHidden();

    // Settings, on the part IT fills in: the form fits the window in every language.
    await page.getByTestId('settings-open').click();
    await page.getByTestId('settings-tab-administration').click();
    await expect(page.getByTestId('phone-server')).toBeVisible();
    const dialog = await page.locator('dialog.settings-dialog').boundingBox();
    expect(dialog && dialog.x + dialog.width <= 1280 && dialog.x >= 0).toBe(true);
    await page.screenshot({ path: join(screenshots, `settings-${language}.png`) });
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('settings-save')).toBeHidden();
  });
}
