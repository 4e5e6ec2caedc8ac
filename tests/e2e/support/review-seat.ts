import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Browser, type Page } from '@playwright/test';
import { callHost } from '../../stack/contract-socket';
import { startWebHost, type WebHostProcess } from '../../stack/web-host';
import { contractCallThrough } from './console-fixture';

export interface Seat {
  host: WebHostProcess;
  page: Page;
  dataDir: string;
  call(method: string, params: unknown): Promise<unknown>;
}

/**
 * A console of its own (its own data folder, policy and browser context, at
 * 1280×720), signed in as one person of the roster and synced with the CRM
 * before its page opens, for the review stories (no phone: its SIP server is
 * a port nothing answers on).
 */
export async function openSeat(browser: Browser, root: string, who: { user: string; name: string }, crmUrl: string, policy: Record<string, unknown>): Promise<Seat> {
  const dataDir = join(root, who.user);
  const policyFile = join(root, `${who.user}-policy.json`);
  writeFileSync(policyFile, JSON.stringify(policy));
  const host = await startWebHost(dataDir, ['--no-demo', '--policy', policyFile]);
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  // Set up before a page opens: a new SIP server reloads every page of the console.
  const setupCall = (method: string, params: unknown) => callHost(host.url, method, params);
  expect(await setupCall('sync.connection.save', { url: crmUrl })).toMatchObject({ ok: true });
  expect(await setupCall('phone.account.save', { server: 'ws://127.0.0.1:9/ws', username: who.user, domain: 'example.com', displayName: who.name })).toMatchObject({ ok: true });
  expect(await setupCall('sync.now', {})).toMatchObject({ ok: true, value: { connection: 'synced' } });
  const page = await context.newPage();
  await page.goto(host.url);
  const call = contractCallThrough(page);
  return { host, page, dataDir, call };
}

/** A call of Anna's, answered and finished, as the CRM's feed carries it (the review stories' calls). */
export const finishedCall = (id: string, sipCallId: string | null, startedAt: number) => ({
  kind: 'interaction',
  id,
  customerId: null,
  direction: 'inbound',
  fromNumber: '+442079460000',
  toNumber: '1001',
  sipCallId,
  startedAt,
  answeredAt: startedAt + 3_000,
  endedAt: startedAt + 95_000,
  agent: 'Anna Kovalenko',
  outcome: 'answered',
  rootCauses: [],
  updatedAt: startedAt + 95_000,
});
