import type { EventName, EventPayload } from '@shared/contract/events';
import type { ScriptIssue } from '@shared/scripts/script-issue';
import type { DialLinkInbox } from '../dial-links/dial-link-inbox';
import type { Store } from '../store/connection';
import type { AppLogger } from './logging/app-logger';
import type { SipTrace } from './logging/sip-trace';
import type { StoreRecoveryNotice } from './notices/store-recovery-notice';
import type { PolicyHolder } from './policy/policy-holder';
import type { RosterFileSource } from './roster/roster-file-source';
import type { FuseReport } from './support/bundle-inputs';
import type { PolicyProvider } from './support/policy-for-bundle';
import type { UpdateController } from './updates/update-controller';
import type { SecretStore } from './secrets/secret-store';
import type { SyncController } from './sync/sync-controller';

/** Pushes an event to every connected renderer. */
export type Emit = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

/** What the contract's handlers work with: the store, the secrets, the sync and the shell's few powers. */
export interface ServiceContext {
  store: Store;
  secrets: SecretStore;
  shell: 'electron' | 'web';
  version: string;
  /** The tel:/sip: links the OS handed over, waiting for the renderer. */
  dialLinks: DialLinkInbox;
  /** Why files in the scripts folder were refused at start (the editor lists them). */
  scriptFolderIssues: ScriptIssue[];
  /** Raises the console's window (a no-op where the page must focus itself). */
  bringToFront(): void;
  /** The CRM sync: status, rounds on demand, reconnecting after the connection changed. */
  sync: SyncController;
  /** The damaged-database notice of this start, if any, until the agent dismisses it. */
  storeRecovery: StoreRecoveryNotice;
  /** IT's managed configuration in force. */
  policy: PolicyHolder;
  /** The roster file IT's policy names, for sites without a CRM. */
  rosterFile: RosterFileSource;
  emit: Emit;
  /** The data folder (the support bundle is written into its support/). */
  dataDir: string;
  logger: AppLogger;
  sipTrace: SipTrace;
  updates: UpdateController;
  /** The managed configuration as the support bundle shows it. */
  policyForBundle: PolicyProvider;
  /** Electron's fuses of the packaged app (the browser shell and unpackaged runs say so). */
  fuses(): Promise<FuseReport>;
}
