import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { startWebHost, type WebHostProcess } from '../stack/web-host';

test.describe('IT’s policy in the browser shell (--policy)', () => {
  let dataDir: string;
  let host: WebHostProcess | null = null;

  test.beforeEach(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'parley-e2e-policy-'));
    const policy = join(dataDir, 'policy.json');
    writeFileSync(
      policy,
      JSON.stringify({
        'sip.server': 'wss://pbx.example.com:8089/ws',
        'wrapUp.timeLimitSeconds': 45,
        'crm.url': 'http://crm.example.com/sync',
        'log.level': 'verbose',
      }),
    );
    host = await startWebHost(join(dataDir, 'data'), ['--no-demo', '--policy', policy]);
  });

  test.afterEach(async () => {
    await host?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('a locked SIP server and wrap-up limit are read-only, set by the organization; the bad keys are listed and the rest applied', async ({ page }) => {
    if (!host) throw new Error('no host');
    await page.goto(host.url);
    await page.getByTestId('settings-open').click();
    await page.getByTestId('settings-tab-administration').click();

    const server = page.getByTestId('phone-server');
    await expect(server).toHaveValue('wss://pbx.example.com:8089/ws');
    await expect(server).toBeDisabled();
    await expect(page.getByTestId('phone-server-locked')).toContainText('Set by your organization');
    await expect(page.getByTestId('phone-username')).toBeEnabled();

    await expect(page.getByTestId('settings-wrap-up')).toHaveValue('45');
    await expect(page.getByTestId('settings-wrap-up')).toBeDisabled();
    await expect(page.getByTestId('settings-country')).toBeEnabled();

    const problems = page.getByTestId('policy-problem');
    await expect(problems).toHaveText([
      /Policy key “crm\.url” .*must be an https:\/\/ address — ignored/,
      /Policy key “log\.level” .*must be one of: error, warn, info, debug — ignored/,
    ]);
    // The CRM address was ignored, not locked: the agent may still type one.
    await expect(page.getByTestId('crm-url')).toBeEnabled();

    // Saving the other settings works: the locked ones are not sent.
    await page.getByTestId('settings-country').selectOption('UA');
    await page.getByTestId('settings-save').click();
    await expect(page.getByRole('dialog')).toBeHidden();
  });
});
