import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test, type ConsoleUnderTest } from './support/console-fixture';
import { watchContentSecurityPolicy } from './support/csp-watch';
import { agent, attachTelephonyLogs, customerPhone, registeredConsole, startTelephonyWorld, type TelephonyWorld } from './support/telephony-fixture';

/**
 * The console as agents see it, at the screen sizes they have, in every
 * language and theme: nothing the agent must read is cut, Settings is always
 * in reach, the ringing panel never covers the call bar, at 1024 px the card
 * keeps the width (empty panes do not squeeze it), and the page's CSP refuses
 * nothing. Each state at 1280×720 (and at 1024×768) is kept as a screenshot
 * in docs/screenshots: `<state>-<language>[-<theme>][-1024].png`.
 */
const languages = ['en', 'ru', 'uk'] as const;
const narrow = { width: 1024, height: 768 };
const sizes = [
  narrow,
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
  await parley.rawCall('settings.update', { language: 'system', theme: 'system', requireDisposition: false });
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

/** At 1024 px the customer card keeps most of the width: the script and the notes go beside it narrower, or below. */
async function expectCardNotSqueezed(page: Page, where: string): Promise<void> {
  const card = await page.locator('.customer-pane').boundingBox();
  expect(card && card.width >= narrow.width * 0.55, `${where}: the customer pane is ${card?.width} px wide`).toBe(true);
}

const standard = { width: 1280, height: 720 };

async function inEverySize(page: Page, state: string, name: string): Promise<void> {
  for (const size of sizes) {
    await page.setViewportSize(size);
    await expectNothingCut(page, `${state}, ${name}, ${size.width}×${size.height}`);
    if (size === narrow) {
      await expectCardNotSqueezed(page, `${state}, ${name}`);
      await page.screenshot({ path: join(screenshots, `${state}-${name}-1024.png`) });
    }
  }
  await page.setViewportSize(standard);
  await page.screenshot({ path: join(screenshots, `${state}-${name}.png`) });
}

/**
 * The console in a language and theme, its phone registered, watched for CSP
 * violations from a fresh load on (after the SIP server is configured: a page
 * loaded before that is refused the server until it reloads, by design).
 */
async function inLanguage(parley: ConsoleUnderTest, language: string, theme: 'system' | 'dark' | 'high-contrast' = 'system'): Promise<{ page: Page; refused: () => Promise<string[]> }> {
  // The longest call bar: wrap-up that waits for a disposition.
  await parley.rawCall('settings.update', { language, theme, requireDisposition: true });
  await registeredConsole(parley, world);
  const refused = await watchContentSecurityPolicy(parley.page);
  const page = await registeredConsole(parley, world);
  await expect(page.locator('html')).toHaveAttribute('lang', language);
  return { page, refused };
}

/** Ringing, then in a call, then in wrap-up: each checked in every size and kept as screenshots. */
async function throughACall(page: Page, name: string): Promise<void> {
  world.customer.forgetEvents();
  await world.customer.command('dial', `sip:${agent.username}@${world.stack.domain}`);
  await expect(page.getByTestId('incoming-call')).toBeVisible({ timeout: 10_000 });
  await expect(page.getByTestId('incoming-caller-number')).toContainText(customerPhone.username);
  await inEverySize(page, 'ringing', name);

  await page.getByTestId('answer-button').click();
  await expect(page.getByTestId('call-status')).toHaveAttribute('data-call', 'established', { timeout: 10_000 });
  await inEverySize(page, 'in-call', name);

  await page.keyboard.press('Alt+H');
  await world.customer.waitForEvent((event) => event.type === 'CALL_CLOSED');
  await expect(page.getByTestId('wrap-up-needs-disposition')).toBeVisible();
  await inEverySize(page, 'wrap-up', name);
}

/** My calls opens over the console, inside the window, its rows uncut. */
async function myCallsFit(page: Page, name: string): Promise<void> {
  await page.getByTestId('my-calls-open').click();
  const myCalls = page.getByTestId('my-calls-panel');
  await expect(myCalls).toBeVisible();
  await page.getByRole('dialog').evaluate((drawer) => Promise.all(drawer.getAnimations({ subtree: true }).map((animation) => animation.finished)));
  const panel = await myCalls.evaluate((element) => ({ right: element.getBoundingClientRect().right, cut: element.scrollWidth > element.clientWidth + 1 }));
  expect(panel).toEqual({ right: expect.any(Number), cut: false });
  expect(panel.right).toBeLessThanOrEqual(standard.width);
  await page.screenshot({ path: join(screenshots, `my-calls-${name}.png`) });
  await page.keyboard.press('Escape');
  await expect(myCalls).toBeHidden();
}

/** Settings, on the part IT fills in: the form fits the window. */
async function settingsFit(page: Page, name: string): Promise<void> {
  await page.getByTestId('settings-open').click();
  await page.getByTestId('settings-tab-administration').click();
  await expect(page.getByTestId('phone-server')).toBeVisible();
  const dialog = await page.getByRole('dialog').boundingBox();
  expect(dialog && dialog.x + dialog.width <= standard.width && dialog.x >= 0).toBe(true);
  await page.screenshot({ path: join(screenshots, `settings-${name}.png`) });
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('settings-save')).toBeHidden();
}

for (const language of languages) {
  test(`${language}: idle, ringing, in a call and in wrap-up, nothing the agent must see is cut at 1024, 1280, 1440 and 1920 px; the CSP refuses nothing`, async ({ parley }) => {
    const { page, refused } = await inLanguage(parley, language);
    await expect(page.getByTestId('phone-status')).toHaveAttribute('data-registration', 'registered');
    await inEverySize(page, 'ready', language);
    await throughACall(page, language);
    await myCallsFit(page, language);
    await settingsFit(page, language);
    expect(await refused()).toEqual([]);
  });
}

for (const { theme, language } of [
  { theme: 'dark', language: 'en' },
  { theme: 'high-contrast', language: 'uk' },
] as const) {
  test(`${theme} theme, ${language}: the same screens fit, in the theme's colours, and the CSP refuses nothing`, async ({ parley }) => {
    const { page, refused } = await inLanguage(parley, language, theme);
    await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', theme === 'dark' ? 'dark' : 'light');
    if (theme === 'high-contrast') await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
    const name = `${language}-${theme}`;
    await inEverySize(page, 'ready', name);
    await throughACall(page, name);
    await settingsFit(page, name);

    // The theme is remembered for the next start's first paint, before the settings arrive.
    await page.reload({ waitUntil: 'commit' });
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-mantine-color-scheme'));
    await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', theme === 'dark' ? 'dark' : 'light');
    expect(await refused()).toEqual([]);
  });
}
