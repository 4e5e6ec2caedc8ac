import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, type Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { launchElectronConsole } from './electron-shell';

export interface ConsoleUnderTest {
  page: Page;
  /** The console's own database, opened read-only: tests pick real demo customers from it. */
  database: Database.Database;
  /** Sends a contract call by hand, through the shell's own channel, bypassing the UI. */
  rawCall(method: string, params: unknown): Promise<unknown>;
}

function readOnlyDatabase(dataDir: string): Database.Database {
  return new Database(join(dataDir, 'parley.sqlite'), { readonly: true, fileMustExist: true });
}

/**
 * Contract calls by hand, through the shell's own channel, from a page of the
 * browser shell. The page keeps its token for the tab (sessionStorage) once it
 * has taken it out of the address bar: the host the page is on now — the
 * shared one, or one a story started itself — is the one called.
 */
export function contractCallThrough(page: Page): (method: string, params: unknown) => Promise<unknown> {
  return (method, params) =>
    page.evaluate(
      ({ method, params }) =>
        new Promise((resolve, reject) => {
          const token = sessionStorage.getItem('parley.token') ?? '';
          const socket = new WebSocket(`ws://${location.host}/contract?token=${encodeURIComponent(token)}`);
          socket.onerror = () => reject(new Error('contract socket refused'));
          socket.onopen = () => socket.send(JSON.stringify({ id: 1, method, params }));
          socket.onmessage = (event) => {
            // The socket also carries events (settings.update broadcasts settings.changed), in one frame
            // (a JSON array) with the answer when they were ready together: wait for the answer.
            const frame = JSON.parse(String(event.data)) as { id?: number } | { id?: number }[];
            const answer = (Array.isArray(frame) ? frame : [frame]).find((message) => message.id === 1);
            if (!answer) return;
            socket.close();
            resolve(answer);
          };
        }),
      { method, params },
    );
}

async function browserShell(page: Page, use: (console: ConsoleUnderTest) => Promise<void>): Promise<void> {
  const url = process.env.PARLEY_E2E_URL;
  const dataDir = process.env.PARLEY_E2E_DATA_DIR;
  if (!url || !dataDir) throw new Error('The browser shell was not started by the global setup');
  await page.goto(url);
  const database = readOnlyDatabase(dataDir);
  await use({ page, database, rawCall: contractCallThrough(page) });
  database.close();
}

async function electronShell(use: (console: ConsoleUnderTest) => Promise<void>): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'parley-e2e-electron-'));
  const app = await launchElectronConsole({ dataDir });
  const database = readOnlyDatabase(dataDir);
  const rawCall = (method: string, params: unknown) =>
    app.page.evaluate(
      ({ method, params }) =>
        (window as unknown as { parley: { call(m: string, p: unknown): Promise<unknown> } }).parley.call(method, params),
      { method, params },
    );
  try {
    await use({ page: app.page, database, rawCall });
  } finally {
    database.close();
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export const test = base.extend<{ parley: ConsoleUnderTest }>({
  parley: async ({ page }, use, testInfo) => {
    if (testInfo.project.name === 'electron') await electronShell(use);
    else await browserShell(page, use);
  },
});

export { expect } from '@playwright/test';

/** The shared browser shell's address with a dial link in it, as the OS hands one to the console (`?dial=`). */
export function dialLinkAddress(link: string): string {
  const address = new URL(process.env.PARLEY_E2E_URL ?? '');
  address.searchParams.set('dial', link);
  return address.href;
}
