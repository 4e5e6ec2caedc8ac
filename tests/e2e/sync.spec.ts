import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { storeOn } from '../../src/main/store/connection';
import { startWebHost } from '../stack/web-host';
import { damageCustomerPages } from '../sync/damage-database';
import { customerItem } from '../sync/items';
import { insertCustomer, writeNote } from '../sync/local-writes';
import { startReferenceServer } from '../sync/reference-server';
import { expect, test } from './support/console-fixture';

const token = 'e2e-crm-token';

test('the agent connects the CRM in Settings: its customers are found; offline, a new call waits as pending; the CRM back, it arrives exactly once on its own', async ({ parley }) => {
  // Rounds after a failure wait 2 s, doubling, with jitter: catching up takes a few of them.
  test.setTimeout(90_000);
  const { page } = parley;
  const customer = customerItem(91_000_001, { firstName: 'Ottoline', lastName: 'Crmsworth' });
  let server = await startReferenceServer({ token });
  server.publish(customer);
  const port = Number(new URL(server.url).port);
  try {
    await page.getByTestId('settings-open').click();
    await page.getByTestId('settings-tab-administration').click();
    await page.getByTestId('crm-url').fill('crm.example.com/parley');
    await page.getByTestId('crm-save').click();
    await expect(page.getByTestId('crm-problem-input')).toHaveText('The CRM address must be an https:// address without spaces.');

    await page.getByTestId('crm-url').fill(server.url);
    await page.getByTestId('crm-token').fill(token);
    await page.getByTestId('crm-token').press('Enter');
    await expect(page.getByTestId('crm-sync-state')).toHaveAttribute('data-connection', 'synced', { timeout: 20_000 });
    // The token is never shown back: the field is empty and says one is stored.
    await expect(page.getByTestId('crm-token')).toHaveValue('');
    await expect(page.getByTestId('crm-token')).toHaveAttribute('placeholder', 'Stored; type to replace');
    await expect(page.getByTestId('crm-pending')).toHaveText('0 changes');
    await page.keyboard.press('Escape');

    const badge = page.getByTestId('sync-status');
    await expect(badge).toHaveText('Synced');
    await badge.hover();
    await expect(page.getByText(/Last sync: /)).toBeVisible();
    await page.getByTestId('customer-search-input').fill('Crmsworth');
    await expect(page.getByTestId('customer-search-result')).toContainText('Ottoline Crmsworth');

    await server.close();
    const now = Date.now();
    const recorded = await parley.rawCall('calls.record', {
      direction: 'inbound',
      remote: customer.phones[0]?.number ?? '',
      local: 'agent-7',
      sipCallId: `e2e-sync-${now}`,
      startedAt: now - 60_000,
      answeredAt: now - 55_000,
      endedAt: now,
      outcome: 'answered',
      endReason: 'remote-hangup',
      sipCode: null,
      longestNoAudioSeconds: 0,
    });
    expect(recorded).toMatchObject({ ok: true });
    await expect(badge).toHaveAttribute('data-connection', 'offline');
    await expect(badge).toContainText('1 change waiting to be sent');

    server = await startReferenceServer({ token, port });
    await expect(badge).toHaveText('Synced', { timeout: 60_000 });
    const externalId = parley.database.prepare('SELECT external_id FROM interactions WHERE sip_call_id = ?').pluck().get(`e2e-sync-${now}`);
    expect(typeof externalId).toBe('string');
    expect(server.storedTimes.get(String(externalId))).toBe(1);
  } finally {
    // Other specs share this console: it leaves without a CRM, as it came.
    await parley.rawCall('sync.connection.save', { url: '', token: '' });
    await server.close();
  }
});

test('a damaged database file: the console starts, tells the agent plainly, and the damaged file is still on disk', async ({ page }) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'parley-sync-damaged-'));
  let host = await startWebHost(dataDir, ['--no-demo']);
  try {
    await host.stop();
    const file = join(dataDir, 'parley.sqlite');
    // The host migrated this file; Playwright cannot load the migrations (a Vite glob), so the connection is opened as it is.
    const store = storeOn(new Database(file));
    writeNote(store, insertCustomer(store.sqlite, 'crm-e2e-damaged'), 'Unsent when the disk failed');
    store.close();
    damageCustomerPages(file);

    host = await startWebHost(dataDir, ['--no-demo']);
    await page.goto(host.url);
    const notice = page.getByTestId('store-recovery-notice');
    await expect(notice).toContainText('The local database was damaged and has been replaced');
    await expect(notice).toContainText('1 unsent change was saved and will be sent to the CRM.');
    await expect(notice).toContainText('The customer cache is being refilled from the CRM');
    const kept = readdirSync(dataDir).filter((name) => name.startsWith('parley.sqlite.damaged-') && !/-(wal|shm)$/.test(name));
    expect(kept).toHaveLength(1);
    expect(existsSync(join(dataDir, kept[0] ?? ''))).toBe(true);
    await expect(notice).toContainText(join(dataDir, kept[0] ?? ''));

    await page.getByTestId('store-recovery-dismiss').focus();
    await page.keyboard.press('Enter');
    await expect(notice).toHaveCount(0);
    // Dismissed means dismissed: a reload does not bring it back.
    await page.reload();
    await expect(page.getByTestId('call-bar')).toBeVisible();
    await expect(notice).toHaveCount(0);
  } finally {
    await host.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
