/**
 * The phone's keys, one place for both the handler and the hints. Alt+letter:
 * free in browsers and Electron alike, and reachable with one hand on a headset shift.
 */
export const phoneShortcuts = {
  answer: 'a',
  hangUp: 'h',
  hold: 'o',
  mute: 'm',
  dial: 'd',
  transfer: 't',
} as const;

export type PhoneShortcut = keyof typeof phoneShortcuts;

export function shortcutFor(event: KeyboardEvent): PhoneShortcut | null {
  if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return null;
  const key = event.key.toLowerCase();
  const match = (Object.keys(phoneShortcuts) as PhoneShortcut[]).find((name) => phoneShortcuts[name] === key);
  return match ?? null;
}

/** "Alt+A", for titles and aria-keyshortcuts. */
export function shortcutLabel(name: PhoneShortcut): string {
  return `Alt+${phoneShortcuts[name].toUpperCase()}`;
}
