import { defineConfig, type Project } from '@playwright/test';
import { electronAvailability } from './tests/e2e/support/electron-shell';
import { chromiumArgs, chromiumExecutable } from './tests/stack/chromium';

const electron = electronAvailability();
// The config is evaluated again in every worker: say it once, from the runner.
if (!electron.available && process.env.TEST_WORKER_INDEX === undefined) {
  console.log(`Electron end-to-end run skipped: ${electron.reason}`);
}

const chromium = {
  browserName: 'chromium' as const,
  locale: 'en-US',
  launchOptions: { executablePath: chromiumExecutable, args: chromiumArgs },
};

const projects: Project[] = [{ name: 'browser-shell' }];
if (electron.available) projects.push({ name: 'electron' });

export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/support/global-setup.ts',
  // Tests share one console (and its settings): one at a time.
  workers: 1,
  fullyParallel: false,
  forbidOnly: true,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [['list']],
  outputDir: 'test-results',
  use: { ...chromium, trace: 'retain-on-failure', screenshot: 'only-on-failure', viewport: { width: 1366, height: 768 } },
  projects,
});
