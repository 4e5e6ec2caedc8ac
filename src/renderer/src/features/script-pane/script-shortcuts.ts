/**
 * The script's keys: Alt+letter like the phone's (phone-shortcuts.ts), on
 * letters the phone does not use. Complaint is one key because an angry
 * caller does not wait for the agent to find a button.
 */
export const scriptShortcuts = {
  complaint: 'c',
  deEscalation: 'e',
  back: 'b',
  next: 'n',
} as const;

export type ScriptShortcut = keyof typeof scriptShortcuts;

export function scriptShortcutFor(event: KeyboardEvent): ScriptShortcut | null {
  if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return null;
  const key = event.key.toLowerCase();
  return (Object.keys(scriptShortcuts) as ScriptShortcut[]).find((name) => scriptShortcuts[name] === key) ?? null;
}

/** "Alt+C", for hints and aria-keyshortcuts. */
export function scriptShortcutLabel(name: ScriptShortcut): string {
  return `Alt+${scriptShortcuts[name].toUpperCase()}`;
}
