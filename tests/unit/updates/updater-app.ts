import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DebUpdater } from 'electron-updater';
import type { AppAdapter } from 'electron-updater/out/AppAdapter';
import { LoopbackHttpExecutor } from './feed-server';

/**
 * electron-updater's real Linux (deb) updater, outside Electron: its
 * constructor takes an app adapter, which here is a packaged Parley 0.1.0
 * whose folders are in `dir`. `stagingId` is written where the updater keeps
 * its staging id (.updaterId in the user data folder).
 */
export function realUpdater(dir: string, options: { stagingId?: string } = {}): { updater: DebUpdater; quits: number[] } {
  const userDataPath = join(dir, 'user-data');
  mkdirSync(userDataPath, { recursive: true });
  if (options.stagingId) writeFileSync(join(userDataPath, '.updaterId'), options.stagingId);
  const appUpdateConfigPath = join(dir, 'app-update.yml');
  writeFileSync(appUpdateConfigPath, 'provider: generic\nurl: http://127.0.0.1:9/\nupdaterCacheDirName: parley-updater\n');
  const quits: number[] = [];
  const app: AppAdapter = {
    version: '0.1.0',
    name: 'Parley',
    isPackaged: true,
    appUpdateConfigPath,
    userDataPath,
    baseCachePath: join(dir, 'cache'),
    whenReady: () => Promise.resolve(),
    relaunch: () => {},
    quit: () => quits.push(Date.now()),
    onQuit: () => {},
  };
  const updater = new DebUpdater(null, app);
  // With an app adapter electron-updater has no HTTP client of its own (it would be Electron's net module).
  Object.assign(updater, { httpExecutor: new LoopbackHttpExecutor() });
  updater.logger = null;
  return { updater, quits };
}
