import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { app } from 'electron';

const dataDirFlag = '--data-dir=';

/** `--data-dir=<dir>` or PARLEY_DATA_DIR keep a test's or a second profile's data apart. */
function dataDirOverride(): string | undefined {
  const flag = process.argv.find((argument) => argument.startsWith(dataDirFlag));
  return flag?.slice(dataDirFlag.length) || process.env.PARLEY_DATA_DIR || undefined;
}

/**
 * Points userData at the override, if any. Must run before the single-instance
 * lock, which is taken per userData folder: two test profiles run side by side.
 */
export function applyDataDirOverride(): void {
  const override = dataDirOverride();
  if (!override) return;
  const dataDir = resolve(override);
  // Electron refuses a userData folder that does not exist yet.
  mkdirSync(dataDir, { recursive: true });
  app.setPath('userData', dataDir);
}
