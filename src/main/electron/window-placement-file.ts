import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { app, screen, type BrowserWindow } from 'electron';
import { restoreWindowPlacement, type WindowPlacement } from '../window-bounds';

const fileName = 'window-placement.json';

function placementFile(): string {
  return join(app.getPath('userData'), fileName);
}

export function loadWindowPlacement(): WindowPlacement {
  let saved: unknown = null;
  try {
    saved = JSON.parse(readFileSync(placementFile(), 'utf8'));
  } catch {
    // First start, or a damaged file: the default placement will do.
  }
  return restoreWindowPlacement(saved, screen.getAllDisplays().map((display) => display.workArea));
}

/** Remembers size, position and maximized state when the window closes (written atomically). */
export function rememberWindowPlacement(window: BrowserWindow): void {
  window.on('close', () => {
    const placement: WindowPlacement = { bounds: window.getNormalBounds(), maximized: window.isMaximized() };
    const temporary = `${placementFile()}.tmp`;
    writeFileSync(temporary, JSON.stringify(placement));
    renameSync(temporary, placementFile());
  });
}
