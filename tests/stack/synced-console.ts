import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { callContract } from '../bench/contract-call';
import type { SipUser, TelephonyStack } from './telephony-stack';
import { startWebHost, type WebHostProcess } from './web-host';

/** A console of its own: its browser shell on its own data folder, its page in its own browser context. */
export interface SyncedConsole {
  host: WebHostProcess;
  page: Page;
  /** Its database, read-only. */
  database: Database.Database;
  close(): Promise<void>;
}

export interface SyncedConsoleOptions {
  stack: Pick<TelephonyStack, 'webSocketUrl' | 'domain'>;
  user: SipUser;
  displayName: string;
  crm: { url: string; token: string };
  /** Scripts the page runs before its own (a microphone replaced by a tone). */
  initScripts?: readonly string[];
  /** Told the page's warnings and errors, for a report. */
  onWarning?(text: string): void;
}

/**
 * A console registered as `user` and synced with the CRM (its roster and
 * grant keys) before its page opens — a page reloads itself when the SIP
 * server changes — for stories and benchmarks with more than one console
 * (a supervisor and an agent). Resolves once its phone is registered.
 */
export async function openSyncedConsole(browser: Browser, options: SyncedConsoleOptions): Promise<SyncedConsole> {
  const { stack, user, displayName, crm } = options;
  const dataDir = mkdtempSync(join(tmpdir(), 'parley-synced-console-'));
  const host = await startWebHost(dataDir, ['--no-demo']);
  try {
    await callContract(host.url, 'phone.account.save', { server: stack.webSocketUrl, username: user.username, domain: stack.domain, displayName, password: user.password });
    await callContract(host.url, 'sync.connection.save', { url: crm.url, token: crm.token });
    await callContract(host.url, 'sync.now', {});
    const context = await browser.newContext();
    for (const script of options.initScripts ?? []) await context.addInitScript(script);
    const page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'warning' || message.type() === 'error') options.onWarning?.(`${displayName}: ${message.text().slice(0, 500)}`);
    });
    await page.goto(host.url);
    await page.locator('[data-testid="phone-status"][data-registration="registered"]').waitFor({ timeout: 20_000 });
    const database = new Database(join(dataDir, 'parley.sqlite'), { readonly: true, fileMustExist: true });
    return {
      host,
      page,
      database,
      close: async () => {
        database.close();
        await context.close();
        await host.stop();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await host.stop();
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}

/** A person of the CRM's roster as the feed carries it (sync item `agent`), all in one team. */
export function rosterPerson(id: string, sipAddress: string, displayName: string, role: 'agent' | 'supervisor', leadsTeams: string[] = []) {
  return { kind: 'agent', id, sipAddress, displayName, team: 'Support', leadsTeams, role, active: true, updatedAt: 10 };
}
