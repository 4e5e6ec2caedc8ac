import { join } from 'node:path';
import type { AppUpdater } from 'electron-updater';
import { createDispatcher, type Dispatch } from '@shared/contract/dispatcher';
import { noPolicy, type EffectivePolicy } from '@shared/policy/effective-policy';
import type { LogLevel } from '@shared/logging/log-entry';
import { contentSecurityPolicyHeader } from '@shared/security/content-security-policy';
import { prepareDataFolder, restrictDataFiles } from './data-folder';
import { DialLinkInbox } from './dial-links/dial-link-inbox';
import { createHandlers } from './services/handlers';
import type { Emit } from './services/service-context';
import { readPhoneAccount } from './services/phone/phone-account-store';
import { installDefaultScripts } from './services/scripts/default-scripts';
import { installDefaultScorecardForm } from './services/review/scorecard-form-store';
import { importScriptsFolder } from './services/scripts/scripts-folder';
import type { SecretStore } from './services/secrets/secret-store';
import { readCrmUrl } from './services/sync/crm-connection-store';
import { createSyncController } from './services/sync/sync-controller';
import { createStoreRecoveryNotice } from './services/notices/store-recovery-notice';
import { applyPolicyToStore } from './services/policy/apply-policy-to-store';
import { recordingServerAddress } from './services/review/recording-template';
import { createPolicyHolder } from './services/policy/policy-holder';
import { logPolicy } from './services/policy/read-policy';
import { getPhoneAccount } from './services/phone/phone-account-store';
import { readSettings } from './services/settings/settings-store';
import { createAppLogger, type AppLogger } from './services/logging/app-logger';
import { setMainLog } from './services/logging/main-log';
import { SipTrace } from './services/logging/sip-trace';
import type { FuseReport } from './services/support/bundle-inputs';
import type { PolicyProvider } from './services/support/policy-for-bundle';
import { logLevelFrom, policyForBundle, updateSettingsFrom } from './services/policy/policy-for-services';
import { createUpdateController } from './services/updates/update-controller';
import type { UpdateSettings } from './services/updates/update-settings';
import type { Store } from './store/connection';
import type { OpenStoreOptions } from './store/database';
import { openAppStore } from './store/open-app-store';
import { createRosterFileSource } from './services/roster/roster-file-source';

export interface AppCore {
  dispatch: Dispatch;
  store: Store;
  logger: AppLogger;
  /** Subscribes a shell to the events main pushes; returns the unsubscribe. */
  onEvent(listener: Emit): () => void;
  /** The page's Content-Security-Policy header for the SIP server and CRM configured now. */
  contentSecurityPolicy(): string;
  /** Applies a policy read again (the browser shell on SIGHUP) and tells every page. */
  replacePolicy(policy: EffectivePolicy): Promise<void>;
  close(): void;
}

export interface AppCoreOptions extends OpenStoreOptions {
  dataDir: string;
  shell: 'electron' | 'web';
  version: string;
  demoData: boolean;
  /** Made from the data folder: the OS keychain in Electron, a file in the browser shell. */
  createSecretStore(dataDir: string, store: Store): SecretStore;
  /** Filled by the shell from the OS (Electron); the browser shell's page reads its own `?dial=` instead. */
  dialLinks?: DialLinkInbox;
  /** Raises the console's window; the browser shell has none to raise (the page calls window.focus()). */
  bringToFront?(): void;
  /** IT's managed configuration, read by the shell before the core starts (see services/policy). */
  policy?: EffectivePolicy;
  /** Electron: app.getPath('logs'); otherwise <data folder>/logs. */
  logsDir?: string;
  /** Warnings and errors also on the terminal (default); tests turn it off. */
  echoLogsToConsole?: boolean;
  /** Overrides the policy's `log.level` (tests); `info` when neither sets it. */
  logLevel?: LogLevel;
  /** electron-updater's updater for this OS (Electron, packaged); the browser shell has none. */
  updater?: AppUpdater | null;
  /** Overrides the policy's `updates.*` keys (tests); without a feed there are no updates. */
  updateSettings?: UpdateSettings;
  /** Overrides what the support bundle says of the policy (tests). */
  policyForBundle?: PolicyProvider;
  fuses?(): Promise<FuseReport>;
  /** The owner a roster file must have (root unless a test says otherwise). */
  rosterFileOwner?: number;
}

/** The console's services behind the contract, independent of the shell that carries it. */
export function startAppCore(options: AppCoreOptions): AppCore {
  prepareDataFolder(options.dataDir);
  const level = options.logLevel ?? logLevelFrom(options.policy ?? noPolicy);
  const logger = createAppLogger({ logsDir: options.logsDir ?? join(options.dataDir, 'logs'), echoToConsole: options.echoLogsToConsole, level });
  setMainLog(logger);
  logger.info(`Parley ${options.version} starting (${options.shell} shell)`);
  const { store, recovery } = openAppStore(options.dataDir, options);
  restrictDataFiles(options.dataDir);
  if (recovery) {
    // Paths and counts only: nothing from the file's contents.
    logger.error(
      `The database was damaged (${recovery.reason}). It was kept at ${recovery.keptAt}; ` +
        `unsent changes recovered: ${recovery.outboxRecovered}; wrap-up drafts: ${recovery.draftsRecovered}; unsent script versions: ${recovery.scriptsRecovered}; unsent form versions: ${recovery.scorecardFormsRecovered}; ` +
        'the cache is rebuilt from the CRM at the next sync.',
    );
  }
  installDefaultScripts(store);
  installDefaultScorecardForm(store);
  const scriptFolderIssues = importScriptsFolder(store, options.dataDir);
  const listeners = new Set<Emit>();
  const emit: Emit = (event, payload) => listeners.forEach((listener) => listener(event, payload));
  const dialLinks = options.dialLinks ?? new DialLinkInbox();
  const stopAnnouncingDialLinks = dialLinks.onArrival(() => emit('phone.dial-requested', {}));
  const secrets = options.createSecretStore(options.dataDir, store);
  const policy = createPolicyHolder(options.policy ?? noPolicy);
  logPolicy(policy.current());
  applyPolicyToStore(store, secrets, policy.current());
  const sync = createSyncController(store, secrets, (status) => emit('sync.status-changed', status));
  const rosterFile = createRosterFileSource(store, logger, () => emit('roster.changed', {}), process.platform === 'win32' ? null : (options.rosterFileOwner ?? 0));
  void rosterFile.reload(policy.current());
  const sipTrace = new SipTrace(logger.logsDir);
  const updates = createUpdateController({
    updater: options.updater ?? null,
    unavailable: options.shell === 'web' ? 'browser-shell' : 'not-packaged',
    settings: options.updateSettings ?? updateSettingsFrom(policy.current()),
    log: logger,
    onStatus: (status) => emit('updates.status-changed', status),
  });
  void updates.checkNow();
  const handlers = createHandlers({
    store,
    secrets,
    sync,
    shell: options.shell,
    version: options.version,
    dialLinks,
    scriptFolderIssues,
    storeRecovery: createStoreRecoveryNotice(recovery),
    policy,
    rosterFile,
    bringToFront: options.bringToFront ?? (() => {}),
    emit,
    dataDir: options.dataDir,
    logger,
    sipTrace,
    updates,
    policyForBundle: options.policyForBundle ?? policyForBundle(() => policy.current()),
    fuses: options.fuses ?? (() => Promise.resolve({ packaged: false })),
  });
  const dispatch = createDispatcher(handlers, (method, error) => {
    // The error's message and stack, never the request: it may carry customer data.
    logger.error(`${method} failed:`, error instanceof Error ? (error.stack ?? error.message) : 'non-error thrown');
  });
  return {
    dispatch,
    store,
    logger,
    onEvent: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    contentSecurityPolicy: () =>
      contentSecurityPolicyHeader([readPhoneAccount(store)?.server ?? '', readCrmUrl(store), recordingServerAddress(policy.current())]),
    replacePolicy: async (next) => {
      policy.replace(next);
      logPolicy(next);
      const changed = applyPolicyToStore(store, secrets, next);
      const account = changed.phone ? getPhoneAccount(store, secrets) : null;
      if (account) emit('phone.account.changed', account);
      if (changed.crm) await sync.reconnect();
      emit('settings.changed', readSettings(store, next));
      emit('policy.changed', next);
      await rosterFile.reload(next);
    },
    close: () => {
      stopAnnouncingDialLinks();
      updates.stop();
      sipTrace.flush();
      // Every page and acknowledgement is its own synchronous transaction: a round cut off here loses nothing, it is redone next start.
      void sync.stop();
      store.close();
    },
  };
}
