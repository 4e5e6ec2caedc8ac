import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { app } from 'electron';
import { dataDirOverride } from '../data-dir-override';

/**
 * Points userData at the override, if any (see dataDirOverride). Must run before the
 * single-instance lock, which is taken per userData folder: two test profiles run side by side.
 */
export function applyDataDirOverride(): void {
  const override = dataDirOverride(process.argv, process.env, app.isPackaged);
  if (!override) return;
  const dataDir = resolve(override);
  // Electron refuses a userData folder that does not exist yet.
  mkdirSync(dataDir, { recursive: true });
  app.setPath('userData', dataDir);
}
