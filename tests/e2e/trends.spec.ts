import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { demoRoster, demoSipDomain } from '../../src/main/store/demo/demo-roster';
import { callHost } from '../stack/contract-socket';
import { startWebHost, type WebHostProcess } from '../stack/web-host';
import { chartBars, clickFirstBar } from './support/chart-bars';
import { watchContentSecurityPolicy } from './support/csp-watch';

/**
 * A supervisor's trends on the demo contact center (its own console: the
 * phone account is the demo roster's supervisor): one team, one week, a click
 * on a bar, and the calls behind it — every one taken by that team.
 */
const screenshots = join(import.meta.dirname, '../../docs/screenshots');
const team = 'Отдел биллинга';
const teamAgents = demoRoster.filter((person) => person.team === team && person.role === 'agent').map((person) => person.name);
const supervisor = demoRoster.find((person) => person.role === 'supervisor');


/** Monday to Sunday of the last whole week (UTC days, as trends count them). */
function lastWholeWeek(): { from: string; to: string } {
  const today = Math.floor(Date.now() / 86_400_000);
  const monday = Math.floor((today + 3) / 7) * 7 - 3 - 7;
  const day = (number: number) => new Date(number * 86_400_000).toISOString().slice(0, 10);
  return { from: day(monday), to: day(monday + 6) };
}

test.describe('trends', () => {
  let host: WebHostProcess | undefined;
  let dataDir: string;

  // eslint-disable-next-line no-empty-pattern -- Playwright wants the fixtures argument destructured, even when none is used.
  test.beforeAll(async ({}, testInfo) => {
    test.skip(testInfo.project.name === 'electron', 'runs its own browser-shell host on demo data');
    // A first start writes the demo contact center (5,000 customers, their calls counted into the rollups).
    test.setTimeout(120_000);
    dataDir = mkdtempSync(join(tmpdir(), 'parley-e2e-trends-'));
    host = await startWebHost(dataDir);
    // This console's user is the demo roster's supervisor (the roster knows people by their SIP address).
    await callHost(host.url, 'phone.account.save', { server: `wss://sip.${demoSipDomain}/ws`, username: 'supervisor', domain: demoSipDomain, displayName: supervisor?.name ?? '' });
  });

  test.afterAll(async () => {
    await host?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function openTrends(page: Page, language: string): Promise<() => Promise<string[]>> {
    if (!host) throw new Error('no host');
    await callHost(host.url, 'settings.update', { language });
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(host.url);
    const refused = await watchContentSecurityPolicy(page);
    await page.getByTestId('workspace-trends').click();
    await expect(page.getByTestId('view-trends')).toBeVisible();
    // Eight charts of 30 days draw in well under a second on an idle machine; a build machine shared by five runs takes far longer.
    await expect(chartBars(page.getByTestId('trend-chart-calls')).first()).toBeVisible({ timeout: 60_000 });
    return refused;
  }

  test('a supervisor filters to one team and a week, clicks a bar and lands on the calls behind it', async ({ page }) => {
    test.setTimeout(90_000);
    const refused = await openTrends(page, 'en');
    await page.getByTestId('trends-team').selectOption(team);
    const week = lastWholeWeek();
    await page.getByTestId('trends-from').fill(week.from);
    await page.getByTestId('trends-to').fill(week.to);
    const chart = page.getByTestId('trend-chart-calls');
    // A bar for each series (answered, missed, abandoned) with calls that week, and a label for each day.
    await expect(chartBars(chart).first()).toBeVisible();
    await expect(chart.locator('.bar-chart__category')).toHaveCount(7);
    // Hovering a day shows its figures, series by series.
    await chartBars(chart).first().hover();
    await expect(chart.locator('.bar-chart__tooltip')).toContainText(/Answered: \d+/);
    // The charts' library (visx) injects no style element, which the CSP would refuse, and measures no text in a hidden SVG of its own.
    expect(await page.locator('style').count()).toBe(0);
    expect(await page.locator('#__react_svg_text_measurement_id').count()).toBe(0);

    await clickFirstBar(chart);
    const panel = page.getByTestId('trend-calls-panel');
    await expect(panel).toBeVisible();
    const rows = panel.getByTestId('trend-call');
    await expect(rows.first()).toBeVisible();
    const agents = await rows.locator('td:nth-child(3)').allInnerTexts();
    expect(agents.length).toBeGreaterThan(0);
    for (const agent of agents) expect(teamAgents).toContain(agent);

    await page.screenshot({ path: join(screenshots, 'trends-en.png') });
    expect(await refused()).toEqual([]);

    // From the list, the call opens in its review, over the trends (tests/e2e/call-review.spec.ts goes on from there).
    const firstAgent = agents[0] ?? '';
    await rows.first().getByRole('button').click();
    const review = page.getByTestId('call-review-drawer').getByTestId('call-review');
    await expect(review).toBeVisible();
    await expect(review).toContainText(firstAgent);
    await expect(page.getByTestId('workspace-trends')).toHaveAttribute('aria-current', 'page');
  });

  test('from the keyboard: a chart shows its figures as a table, and a figure picks the calls behind it', async ({ page }) => {
    test.setTimeout(90_000);
    await openTrends(page, 'en');
    const chart = page.getByTestId('trend-chart-calls');
    const toggle = chart.getByTestId('trend-table-toggle');
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const table = chart.getByTestId('trend-table-calls');
    await expect(table.getByRole('columnheader', { name: 'Answered' })).toBeVisible();
    // The first figure is the next stop of the keyboard after the toggle.
    await page.keyboard.press('Tab');
    const figure = table.getByTestId('trend-table-figure').first();
    await expect(figure).toBeFocused();
    await expect(figure).toHaveAccessibleName(/— show the calls$/);
    const series = (await figure.getAttribute('aria-label'))?.split(',')[0] ?? '';
    await page.keyboard.press('Enter');
    const panel = page.getByTestId('trend-calls-panel');
    await expect(panel).toBeVisible();
    // The list is the one behind that figure: its title names the chart and the figure's series.
    await expect(panel.getByRole('heading')).toContainText(`${await chart.locator('.trend-chart__title').innerText()}: ${series} —`);
    await expect(panel.getByTestId('trend-call').first()).toBeVisible();
  });

  for (const language of ['ru', 'uk'] as const) {
    test(`${language}: the view and the calls behind a bar fit at 1280×720`, async ({ page }) => {
      test.setTimeout(90_000);
      const refused = await openTrends(page, language);
      await clickFirstBar(page.getByTestId('trend-chart-calls'));
      await expect(page.getByTestId('trend-calls-panel').getByTestId('trend-call').first()).toBeVisible();
      mkdirSync(screenshots, { recursive: true });
      await page.screenshot({ path: join(screenshots, `trends-${language}.png`) });
      // A chart's figures as a table stay inside the view: nothing scrolls sideways.
      await page.getByTestId('trend-chart-dispositions').getByTestId('trend-table-toggle').click();
      const view = page.getByTestId('view-trends');
      await expect(view.getByTestId('trend-table-dispositions')).toBeVisible();
      await view.getByTestId('trend-table-dispositions').scrollIntoViewIfNeeded();
      expect(await view.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
      await page.screenshot({ path: join(screenshots, `trends-table-${language}.png`) });
      expect(await refused()).toEqual([]);
    });
  }
});
