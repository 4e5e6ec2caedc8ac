import { useEffect } from 'react';
import { scriptShortcutFor, type ScriptShortcut } from './script-shortcuts';

/** The script's keys, wherever the focus is, while a script is on screen. */
export function useScriptShortcuts(run: (shortcut: ScriptShortcut) => void): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const shortcut = scriptShortcutFor(event);
      if (!shortcut) return;
      event.preventDefault();
      run(shortcut);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [run]);
}
