import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { app } from 'electron';

/**
 * better-sqlite3 built for Electron's ABI by `npm start` (node_modules keeps
 * the Node build the tests and the browser shell use). Packaged apps need
 * none: electron-builder rebuilds node_modules for Electron in place.
 */
export function electronNativeBinding(): string | undefined {
  if (app.isPackaged) return undefined;
  const binding = join(app.getAppPath(), 'native', 'electron', 'better_sqlite3.node');
  return existsSync(binding) ? binding : undefined;
}
