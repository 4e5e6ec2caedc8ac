import { app } from 'electron';
import { autoUpdater, type AppUpdater } from 'electron-updater';
import type { AppLogger } from '../services/logging/app-logger';

/**
 * electron-updater's updater for this OS and package (NSIS on Windows,
 * Squirrel.Mac's zip on macOS, AppImage or deb on Linux), for the update
 * controller to drive (src/main/services/updates). None when unpackaged:
 * there is nothing to replace.
 */
export function platformUpdater(log: AppLogger): AppUpdater | null {
  if (!app.isPackaged) return null;
  autoUpdater.logger = log;
  // The controller decides when to check and when to restart; these are set again from policy there.
  autoUpdater.autoDownload = true;
  autoUpdater.autoInstallOnAppQuit = true;
  return autoUpdater;
}
