import type { ReadinessReport } from '@shared/support/support-bundle';
import type { TracedSipMessage } from '../logging/sip-trace';
import type { Store } from '../../store/connection';
import type { PolicyProvider } from './policy-for-bundle';

/** Electron's fuses as read from the packaged binary, or why they were not. */
export type FuseReport = { packaged: false } | { packaged: true; fuses: Record<string, string> } | { packaged: true; error: string };

export interface BundleInputs {
  store: Store;
  shell: 'electron' | 'web';
  appVersion: string;
  /** Where main.log and its archives are (null: nothing written to files in this process). */
  logsDir: string | null;
  sipTrace: () => TracedSipMessage[];
  policy: PolicyProvider;
  fuses: () => Promise<FuseReport>;
  /** The page's last readiness check, if it sent one. */
  readiness: ReadinessReport | null;
  now?: () => Date;
}
