/**
 * Chromium switches for unpackaged test runs, e.g. the fake microphone the
 * phone's end-to-end tests talk through. A variable rather than the command
 * line: they go through `app.commandLine.appendSwitch`, the way Electron
 * documents for Chromium switches, and a packaged build can refuse them.
 */
export const devChromiumSwitchesVariable = 'PARLEY_DEV_CHROMIUM_SWITCHES';

export interface ChromiumSwitch {
  name: string;
  value?: string;
}

/** `--a --b=c` → a, b=c. Anything else is refused out loud: a typo must not quietly test something else. */
export function parseChromiumSwitches(text: string): ChromiumSwitch[] {
  return text
    .split(/\s+/)
    .filter((token) => token !== '')
    .map((token) => {
      const match = /^--([a-z0-9][a-z0-9-]*)(?:=(.+))?$/i.exec(token);
      if (!match?.[1]) throw new Error(`${devChromiumSwitchesVariable}: "${token}" is not a --switch or --switch=value`);
      return match[2] === undefined ? { name: match[1] } : { name: match[1], value: match[2] };
    });
}
