import { app } from 'electron';
import { devChromiumSwitchesVariable, parseChromiumSwitches } from '../dev-chromium-switches';

/**
 * Applies PARLEY_DEV_CHROMIUM_SWITCHES (set by tests/e2e/support/electron-shell.ts)
 * before `ready`. A packaged console ignores it: no environment variable may
 * change how a shipped one treats the microphone or autoplay.
 */
export function applyDevChromiumSwitches(): void {
  const text = process.env[devChromiumSwitchesVariable];
  if (!text || app.isPackaged) return;
  for (const { name, value } of parseChromiumSwitches(text)) app.commandLine.appendSwitch(name, value);
}
