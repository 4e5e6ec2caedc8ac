import { join } from 'node:path';
import { BrowserWindow, session, shell } from 'electron';
import { appEntryUrl, isAppUrl, isPermissionAllowed, isSafeExternalUrl } from '../security/app-origin';
import { minimumWindowSize } from '../window-bounds';
import { loadWindowPlacement, rememberWindowPlacement } from './window-placement-file';

/** Grants the microphone to the app itself and nothing to anyone else. */
export function lockDownSession(): void {
  const { defaultSession } = session;
  defaultSession.setPermissionRequestHandler((webContents, permission, callback, details) => {
    const mediaTypes = 'mediaTypes' in details ? details.mediaTypes : undefined;
    callback(isPermissionAllowed({ permission, requestingUrl: details.requestingUrl || webContents.getURL(), mediaTypes }));
  });
  defaultSession.setPermissionCheckHandler((_webContents, permission, requestingOrigin, details) =>
    isPermissionAllowed({
      permission,
      requestingUrl: requestingOrigin,
      mediaTypes: details.mediaType ? [details.mediaType] : undefined,
    }),
  );
}

export function createMainWindow(): BrowserWindow {
  const placement = loadWindowPlacement();
  const window = new BrowserWindow({
    ...placement.bounds,
    minWidth: minimumWindowSize.width,
    minHeight: minimumWindowSize.height,
    show: false,
    title: 'Parley',
    webPreferences: {
      preload: join(import.meta.dirname, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      // An idle console must still ring: never throttle timers in the background.
      backgroundThrottling: false,
    },
  });
  if (placement.maximized) window.maximize();
  rememberWindowPlacement(window);

  const { webContents } = window;
  const denyForeignNavigation = (event: { preventDefault(): void }, url: string) => {
    if (!isAppUrl(url)) event.preventDefault();
  };
  webContents.on('will-navigate', denyForeignNavigation);
  webContents.on('will-redirect', denyForeignNavigation);
  webContents.on('will-attach-webview', (event) => event.preventDefault());
  webContents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });

  window.once('ready-to-show', () => window.show());
  void window.loadURL(appEntryUrl);
  return window;
}
