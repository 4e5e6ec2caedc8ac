import { chromium, type Browser } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from '../stack/chromium';
import { chromiumProcesses } from './process-cpu';

/**
 * A Chromium of its own (Debian's binary, the test switches, a fresh profile),
 * and the root of its process tree: the CPU of two browsers running side by
 * side is told apart by it (`chromiumProcesses(root)`).
 */
export async function launchOwnBrowser(): Promise<{ browser: Browser; root: number }> {
  const before = new Set(chromiumProcesses().map((entry) => entry.pid));
  const browser = await chromium.launch({ executablePath: chromiumExecutable, args: chromiumArgs });
  const root = chromiumProcesses().find((entry) => entry.kind === 'browser' && !before.has(entry.pid))?.pid;
  if (root === undefined) throw new Error('the new browser process was not found');
  return { browser, root };
}
