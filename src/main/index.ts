import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import { startAppCore, type AppCore } from './app-core';
import { appVersion } from './app-version';
import { registerAppScheme, serveRenderer } from './electron/app-protocol';
import { bindContractToIpc } from './electron/ipc-bridge';
import { createMainWindow, lockDownSession } from './electron/main-window';
import { message } from './electron/messages';
import { createSafeStorageSecretStore } from './electron/safe-storage-secret-store';

/** `--data-dir=<dir>` or PARLEY_DATA_DIR keep a test's or a second profile's data apart. */
function dataDirOverride(): string | undefined {
  const flag = process.argv.find((argument) => argument.startsWith('--data-dir='));
  return flag?.slice('--data-dir='.length) || process.env.PARLEY_DATA_DIR || undefined;
}

/** better-sqlite3 rebuilt for Electron's ABI by `npm start` (packaged builds are rebuilt in place). */
function electronNativeBinding(): string | undefined {
  const candidate = join(app.getAppPath(), 'native', 'electron', 'better_sqlite3.node');
  return existsSync(candidate) ? candidate : undefined;
}

const override = dataDirOverride();
if (override) app.setPath('userData', override);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme();
  let mainWindow: BrowserWindow | null = null;
  let core: AppCore | null = null;

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.whenReady().then(() => {
    try {
      core = startAppCore({
        dataDir: app.getPath('userData'),
        shell: 'electron',
        version: appVersion,
        demoData: true,
        nativeBinding: electronNativeBinding(),
        createSecretStore: createSafeStorageSecretStore,
      });
    } catch (error) {
      dialog.showErrorBox(message('startFailedTitle'), error instanceof Error ? error.message : String(error));
      app.exit(1);
      return;
    }
    lockDownSession();
    serveRenderer();
    bindContractToIpc(core);
    mainWindow = createMainWindow();
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  });

  app.on('window-all-closed', () => {
    core?.close();
    app.quit();
  });
}
