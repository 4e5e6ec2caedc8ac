import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { app, screen, type BrowserWindow } from 'electron';
import { restoreWindowPlacement, type Rectangle, type WindowPlacement } from '../window-bounds';
import { mainLog } from '../services/logging/main-log';

function placementFile(): string {
  return join(app.getPath('userData'), 'window-placement.json');
}

/** Work areas of every screen, the primary one first: that is where a lost window comes back. */
function workAreasPrimaryFirst(): Rectangle[] {
  const primary = screen.getPrimaryDisplay();
  const others = screen.getAllDisplays().filter((display) => display.id !== primary.id);
  return [primary, ...others].map((display) => display.workArea);
}

export function loadWindowPlacement(): WindowPlacement {
  let saved: unknown = null;
  try {
    saved = JSON.parse(readFileSync(placementFile(), 'utf8'));
  } catch {
    // First start, or a damaged file: the default placement will do.
  }
  return restoreWindowPlacement(saved, workAreasPrimaryFirst());
}

/** Remembers size, position and maximized state when the window closes, replacing the file in one step. */
export function rememberWindowPlacement(window: BrowserWindow): void {
  window.on('close', () => {
    const placement: WindowPlacement = { bounds: window.getNormalBounds(), maximized: window.isMaximized() };
    const file = placementFile();
    const temporary = `${file}.tmp`;
    try {
      writeFileSync(temporary, JSON.stringify(placement));
      renameSync(temporary, file);
    } catch (error) {
      // A read-only profile costs the placement, never the close.
      mainLog.warn('window placement not saved:', error instanceof Error ? error.message : error);
    }
  });
}
