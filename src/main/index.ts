import { homedir, userInfo } from 'node:os';
import { app, dialog, session, type BrowserWindow } from 'electron';
import { policyAppId } from '@shared/policy/policy-domain';
import { startAppCore, type AppCore } from './app-core';
import { appVersion } from './app-version';
import { DialLinkInbox } from './dial-links/dial-link-inbox';
import { registerAppScheme, serveRenderer } from './electron/app-protocol';
import { applyDataDirOverride } from './electron/data-dir';
import { applyDevChromiumSwitches } from './electron/dev-chromium-switches';
import { claimDialLinkSchemes, receiveDialLinks } from './electron/dial-links';
import { bindContractToIpc } from './electron/ipc-bridge';
import { bringToFront, createMainWindow } from './electron/main-window';
import { message } from './electron/messages';
import { readOwnFuses } from './electron/fuses';
import { electronNativeBinding } from './electron/native-binding';
import { platformUpdater } from './electron/updater';
import { mainLog } from './services/logging/main-log';
import { createSafeStorageSecretStore } from './electron/safe-storage-secret-store';
import { lockDownPermissions } from './electron/session-permissions';
import { guardAllWebContents } from './electron/web-contents-guards';
import { platformPolicySources } from './services/policy/platform-policy-sources';
import { readPolicy } from './services/policy/read-policy';
import { linkSchemesFrom } from './services/policy/policy-for-services';
import { defaultLinkSchemes } from './security/app-origin';

let core: AppCore | null = null;
let mainWindow: BrowserWindow | null = null;
/** The link schemes IT's policy allows; the defaults until it is read (no link can be clicked before the window exists). */
let linkSchemes = defaultLinkSchemes;
/** Exists before the window: the link that launched the app waits here for the page. */
const dialLinks = new DialLinkInbox();

function raiseConsole(): void {
  if (mainWindow) bringToFront(mainWindow);
}

/** Everything the console needs, in order; any failure is shown once and ends the app (no crash loop). */
async function startConsole(): Promise<void> {
  // Read once, before anything uses a setting; a bad policy is reported, never a reason not to start.
  const policy = await readPolicy(platformPolicySources({ platform: process.platform, appId: policyAppId, userName: userInfo().username, homeDir: homedir() }));
  linkSchemes = linkSchemesFrom(policy);
  core = startAppCore({
    dataDir: app.getPath('userData'),
    shell: 'electron',
    version: appVersion,
    demoData: true,
    nativeBinding: electronNativeBinding(),
    createSecretStore: createSafeStorageSecretStore,
    dialLinks,
    bringToFront: raiseConsole,
    policy,
    logsDir: app.getPath('logs'),
    updater: platformUpdater(mainLog),
    fuses: readOwnFuses,
  });
  lockDownPermissions(session.defaultSession);
  const started = core;
  serveRenderer(() => started.contentSecurityPolicy());
  bindContractToIpc(core);
  claimDialLinkSchemes();
  mainWindow = createMainWindow();
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

function failToStart(error: unknown): void {
  // app.exit skips will-quit, where the core is otherwise closed.
  core?.close();
  dialog.showErrorBox(message('startFailedTitle'), error instanceof Error ? error.message : String(error));
  app.exit(1);
}

// All before `ready`: the sandbox for every renderer, the privileged scheme, the profile folder, test-only switches.
app.enableSandbox();
registerAppScheme();
applyDataDirOverride();
applyDevChromiumSwitches();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  guardAllWebContents(() => linkSchemes);
  receiveDialLinks((link) => {
    dialLinks.receive(link);
    raiseConsole();
  }, raiseConsole);
  app.whenReady().then(startConsole).catch(failToStart);
  app.on('window-all-closed', () => app.quit());
  // On quit rather than on the last window: Cmd+Q and app.quit() skip window-all-closed.
  app.on('will-quit', () => core?.close());
}
