import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { callHost } from '../stack/contract-socket';
import { startWebHost, type WebHostProcess } from '../stack/web-host';


test.describe('the browser shell when its host goes away', () => {
  let dataDir: string;
  let host: WebHostProcess | null = null;

  test.beforeEach(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'parley-e2e-restart-'));
    host = await startWebHost(dataDir, ['--no-demo']);
  });

  test.afterEach(async () => {
    await host?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('host killed and restarted with the page open: the banner says so, then the page works again without a reload', async ({ page }) => {
    const first = host;
    if (!first) throw new Error('no host');
    await page.goto(first.url);
    await expect(page.getByTestId('call-bar')).toBeVisible();
    // The token left the address bar (and the history entry) once the page had it.
    await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/$/);

    await first.kill();
    await expect(page.getByTestId('connection-banner')).toHaveAttribute('data-connection', 'lost', { timeout: 2_000 });

    // Same data folder, same port: the same token, so the open page gets back in by itself.
    const port = new URL(first.url).port;
    host = await startWebHost(dataDir, ['--no-demo', '--port', port]);
    expect(host.url).toBe(first.url);
    await expect(page.getByTestId('connection-banner')).toHaveAttribute('data-connection', 'restored', { timeout: 5_000 });
    await expect(page.getByTestId('connection-banner')).toBeHidden({ timeout: 6_000 });

    // Events reach the page again over the new connection.
    // Another client of the same host (a second tab would do the same): changes a setting every open page hears about.
    await callHost(host.url, 'settings.update', { language: 'uk' });
    await expect(page.locator('html')).toHaveAttribute('lang', 'uk');

    // And a reload still opens the console, from the token the tab kept.
    await page.reload();
    await expect(page.getByTestId('call-bar')).toBeVisible();
    await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  test('a rotated token shuts out the page that had the old one', async ({ page }) => {
    const first = host;
    if (!first) throw new Error('no host');
    await page.goto(first.url);
    await expect(page.getByTestId('call-bar')).toBeVisible();
    await first.stop();
    host = await startWebHost(dataDir, ['--no-demo', '--port', new URL(first.url).port, '--rotate-token']);
    expect(host.url).not.toBe(first.url);
    await page.reload();
    await expect(page.getByText('needs the access token')).toBeVisible();
  });
});
