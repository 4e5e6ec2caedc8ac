import { chmodSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { SupportBundleResult } from '@shared/support/support-bundle';
import { writePrivateFile } from '../secrets/write-private-file';
import type { BundleInputs } from './bundle-inputs';
import { buildSupportBundle } from './build-support-bundle';

/** Writes the bundle into the data folder's support/ (0700; the zip 0600) and says where. */
export async function writeSupportBundle(dataDir: string, inputs: BundleInputs): Promise<SupportBundleResult> {
  const now = (inputs.now ?? (() => new Date()))();
  const { zip, entries } = await buildSupportBundle({ ...inputs, now: () => now });
  const folder = join(dataDir, 'support');
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  chmodSync(folder, 0o700);
  const path = join(folder, `parley-support-${now.toISOString().replace(/[:.]/g, '-')}.zip`);
  writePrivateFile(path, zip);
  return { path, bytes: zip.length, entries };
}
