import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { app } from 'electron';
import type { FuseReport } from '../services/support/bundle-inputs';

const stateNames: Record<number, string> = {
  [FuseState.ENABLE]: 'on',
  [FuseState.DISABLE]: 'off',
  [FuseState.REMOVED]: 'removed',
  [FuseState.INHERIT]: 'inherited',
};

/** The running binary's fuses, for the support bundle: what IT shipped is what runs. */
export async function readOwnFuses(): Promise<FuseReport> {
  if (!app.isPackaged) return { packaged: false };
  try {
    const wire = await getCurrentFuseWire(process.execPath);
    const fuses: Record<string, string> = {};
    for (const [name, index] of Object.entries(FuseV1Options)) {
      if (typeof index === 'number') fuses[name] = stateNames[wire[index] ?? -1] ?? 'absent';
    }
    return { packaged: true, fuses };
  } catch (error) {
    return { packaged: true, error: error instanceof Error ? error.message : String(error) };
  }
}
