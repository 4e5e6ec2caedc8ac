import { join } from 'node:path';
import { BrowserWindow } from 'electron';
import { appEntryUrl } from '../security/app-origin';
import { minimumWindowSize } from '../window-bounds';
import { loadWindowPlacement, rememberWindowPlacement } from './window-placement-file';

/** The console's one window, where it was left, showing the renderer from app://parley/. */
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
      // A middle click must not open a link in a new window (new windows are refused anyway: web-contents-guards.ts).
      disableBlinkFeatures: 'Auxclick',
      // An idle console must still ring: never throttle timers in the background.
      backgroundThrottling: false,
      // The first call of the day must ring before the agent has clicked anything.
      autoplayPolicy: 'no-user-gesture-required',
    },
  });
  if (placement.maximized) window.maximize();
  rememberWindowPlacement(window);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(appEntryUrl);
  return window;
}

/** A second launch, a tel:/sip: link or a click on a notification brings the running console forward. */
export function bringToFront(window: BrowserWindow): void {
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
