import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { _electron, type Page } from '@playwright/test';
import { devChromiumSwitchesVariable } from '../../../src/main/dev-chromium-switches';
import { phoneTestSwitches } from '../../stack/chromium';

export type ElectronAvailability = { available: true; executablePath: string } | { available: false; reason: string };

const projectRoot = resolve(import.meta.dirname, '../../..');

/** The `electron` package names its binary's path; the binary itself arrives only where its download works. */
export function electronAvailability(): ElectronAvailability {
  let executablePath: string;
  try {
    executablePath = createRequire(import.meta.url)('electron') as string;
  } catch {
    return { available: false, reason: 'the electron package has no binary on this machine (its download is not reachable here)' };
  }
  return existsSync(executablePath)
    ? { available: true, executablePath }
    : { available: false, reason: `no Electron binary at ${executablePath}` };
}

/** What the app needs on disk before Electron can start it, with the command that makes each. */
const prerequisites = [
  { file: join(projectRoot, 'out/main/index.js'), remedy: 'npm run build' },
  { file: join(projectRoot, 'native/electron/better_sqlite3.node'), remedy: 'npm start once (it builds better-sqlite3 for Electron)' },
];

export interface ElectronConsole {
  page: Page;
  close(): Promise<void>;
}

/**
 * Starts the built app in Electron on its own data folder and waits for its
 * window. The phone gets the same fake microphone, loopback WebRTC and
 * autoplay as in Chromium, through the variable an unpackaged app reads
 * (src/main/electron/dev-chromium-switches.ts), so the phone suite runs unchanged.
 */
export async function launchElectronConsole(options: { dataDir: string }): Promise<ElectronConsole> {
  const electron = electronAvailability();
  if (!electron.available) throw new Error(`Electron cannot run here: ${electron.reason}`);
  // Without these the app would stop at an error dialog that no test can see.
  for (const { file, remedy } of prerequisites) {
    if (!existsSync(file)) throw new Error(`${file} is missing: run ${remedy}`);
  }
  const app = await _electron.launch({
    executablePath: electron.executablePath,
    args: ['.', `--data-dir=${options.dataDir}`],
    cwd: projectRoot,
    env: { ...process.env, [devChromiumSwitchesVariable]: phoneTestSwitches.join(' ') },
  });
  const page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
  return { page, close: () => app.close() };
}
