import type { AppUpdater, UpdateInfo } from 'electron-updater';
import type { ConsoleActivity, UpdateStatus } from '@shared/updates/console-activity';
import { mayInstallNow, mayRestartOnRequest, type InstallDecision } from '@shared/updates/install-decision';
import type { AppLogger } from '../logging/app-logger';
import { configureUpdater } from './configure-updater';
import type { UpdateSettings } from './update-settings';

export interface UpdateControllerOptions {
  /** electron-updater's updater for this OS (the real one in the tests too, with a test app adapter); null where there is none. */
  updater: AppUpdater | null;
  /** Why there is no updater (`not-packaged`, `browser-shell`), when there is none. */
  unavailable?: 'not-packaged' | 'browser-shell';
  settings: UpdateSettings;
  log: AppLogger;
  onStatus(status: UpdateStatus): void;
  now?: () => Date;
  checkEveryMs?: number;
}

export interface UpdateController {
  status(): UpdateStatus;
  reportActivity(activity: ConsoleActivity): void;
  /** The agent's "restart now": refused (with why) unless an update is ready and the console idle. */
  restartNow(): { restarting: true } | { restarting: false; reason: 'no-update-ready' | Exclude<InstallDecision, { install: true }>['reason'] };
  /** Re-evaluated every minute while an update is ready; exposed for tests. */
  considerInstall(): boolean;
  /** New settings from policy; a new feed forgets an earlier refusal. */
  applySettings(settings: UpdateSettings): void;
  checkNow(): Promise<void>;
  stop(): void;
}

const verificationCodes = new Set(['ERR_CHECKSUM_MISMATCH', 'ERR_UPDATER_INVALID_SIGNATURE']);

function verificationProblem(error: Error & { code?: unknown }): 'checksum' | 'signature' | null {
  if (error.code === 'ERR_CHECKSUM_MISMATCH') return 'checksum';
  if (typeof error.code === 'string' && verificationCodes.has(error.code)) return 'signature';
  // Squirrel.Mac's refusal has no code, only its words.
  return /code signature|not signed/i.test(error.message) ? 'signature' : null;
}

/**
 * When the console updates itself: downloads in the background, installs
 * when the agent quits (electron-updater's autoInstallOnAppQuit), or restarts
 * on its own only inside IT's window when idle, or when the agent asks while
 * idle. Never during a call, ringing or wrap-up. An update refused at
 * verification is reported once and not fetched again until the next start
 * or a new feed: a broken release must not become a download loop.
 */
export function createUpdateController(options: UpdateControllerOptions): UpdateController {
  const { updater, log } = options;
  const now = options.now ?? (() => new Date());
  let settings = options.settings;
  let activity: ConsoleActivity | null = null;
  let current: UpdateStatus = { state: 'idle' };
  let refusedFeed: string | null = null;
  let checkTimer: ReturnType<typeof setInterval> | null = null;
  let installTimer: ReturnType<typeof setInterval> | null = null;

  const set = (next: UpdateStatus) => {
    current = next;
    options.onStatus(next);
  };
  const disabled = (): UpdateStatus | null => {
    if (!updater) return { state: 'disabled', reason: options.unavailable ?? 'not-packaged' };
    if (!settings.feedUrl) return { state: 'disabled', reason: 'no-feed' };
    return null;
  };

  const install = () => {
    log.info(`Installing update ${current.state === 'ready' ? current.version : ''} now: the console is idle`);
    stopInstallTimer();
    // Silent (the installer's own UI would ask the agent again), and the console comes back by itself.
    updater?.quitAndInstall(true, true);
  };
  const stopInstallTimer = () => {
    if (installTimer) clearInterval(installTimer);
    installTimer = null;
  };

  if (updater) {
    updater.on('update-available', (info: UpdateInfo) => {
      log.info(`Update ${info.version} found on the feed: downloading in the background`);
      set({ state: 'downloading', version: info.version });
    });
    updater.on('update-downloaded', (info: UpdateInfo) => {
      log.info(`Update ${info.version} downloaded and verified: installed when the agent quits or when the console is idle`);
      set({ state: 'ready', version: info.version });
      stopInstallTimer();
      installTimer = setInterval(() => controller.considerInstall(), 60_000);
      installTimer.unref?.();
    });
    updater.on('error', (error: Error) => {
      const problem = verificationProblem(error);
      if (problem) {
        if (current.state === 'refused') return;
        refusedFeed = settings.feedUrl;
        const version = current.state === 'downloading' ? current.version : null;
        log.error(`Update ${version ?? ''} refused: its ${problem} did not verify. Not retried until the next start or a new feed.`, error);
        set({ state: 'refused', version, problem });
        return;
      }
      // The feed unreachable, a server error: tried again at the next scheduled check.
      log.warn('Update check or download failed; trying again at the next check', error);
      if (current.state === 'downloading') set({ state: 'idle' });
    });
  }

  const controller: UpdateController = {
    status: () => disabled() ?? current,
    reportActivity: (next) => {
      activity = next;
    },
    restartNow: () => {
      if (current.state !== 'ready' || disabled()) return { restarting: false, reason: 'no-update-ready' };
      const decision = mayRestartOnRequest(activity);
      if (!decision.install) return { restarting: false, reason: decision.reason };
      install();
      return { restarting: true };
    },
    considerInstall: () => {
      if (current.state !== 'ready') return false;
      const decision = mayInstallNow({ activity, window: settings.installWindow ?? null, idleMinutes: settings.idleMinutes, now: now() });
      if (!decision.install) return false;
      install();
      return true;
    },
    applySettings: (next) => {
      const feedChanged = next.feedUrl !== settings.feedUrl || next.channel !== settings.channel;
      settings = next;
      if (!feedChanged || !updater || !next.feedUrl) return;
      refusedFeed = null;
      if (current.state === 'refused') set({ state: 'idle' });
      configureUpdater(updater, { ...next, feedUrl: next.feedUrl });
      void controller.checkNow();
    },
    checkNow: async () => {
      if (disabled() || !updater || refusedFeed === settings.feedUrl || current.state === 'ready') return;
      try {
        const result = await updater.checkForUpdates();
        // The download's own failure was reported through 'error' above.
        await result?.downloadPromise?.catch(() => undefined);
      } catch {
        // Reported through 'error' above (electron-updater emits it before rejecting).
      }
    },
    stop: () => {
      stopInstallTimer();
      if (checkTimer) clearInterval(checkTimer);
      checkTimer = null;
    },
  };

  if (updater && settings.feedUrl) {
    configureUpdater(updater, { ...settings, feedUrl: settings.feedUrl });
    checkTimer = setInterval(() => void controller.checkNow(), options.checkEveryMs ?? 4 * 60 * 60_000);
    checkTimer.unref?.();
  }
  return controller;
}
