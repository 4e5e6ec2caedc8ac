import { useEffect, useState } from 'react';
import { useMantineColorScheme, type MantineColorSchemeManager } from '@mantine/core';
import type { ThemePreference } from '@shared/domain/settings';
import { appearanceOf, applyContrast, onSystemLookChange, rememberedThemePreference, systemLook, themeStorageKey } from '../ui/appearance';

/**
 * Puts the agent's theme on the page: Mantine's color scheme and our
 * high-contrast set. Until the settings arrive it keeps the one remembered
 * from the last run (already painted by public/restore-theme.js), so the
 * console does not flash from one theme to another at start.
 */
export function useAppearance(chosen: ThemePreference | undefined): void {
  // keepTransitions: otherwise each change injects a <style> that pauses transitions, which the CSP refuses.
  const { setColorScheme } = useMantineColorScheme({ keepTransitions: true });
  const preference = chosen ?? rememberedThemePreference();
  const [system, setSystem] = useState(systemLook);

  useEffect(() => onSystemLookChange(() => setSystem(systemLook())), []);

  useEffect(() => {
    if (chosen) localStorage.setItem(themeStorageKey, chosen);
  }, [chosen]);

  const { colorScheme, highContrast } = appearanceOf(preference, system);
  useEffect(() => {
    setColorScheme(colorScheme);
    applyContrast(document.documentElement, highContrast);
  }, [setColorScheme, colorScheme, highContrast]);
}

/**
 * Mantine keeps no color scheme of its own: the agent's theme lives in the
 * settings (main), and the page only remembers the last one for its first paint.
 */
export const settingsColorSchemeManager: MantineColorSchemeManager = {
  get: (defaultValue) => defaultValue,
  set: () => undefined,
  subscribe: () => undefined,
  unsubscribe: () => undefined,
  clear: () => undefined,
};

/** The scheme the page starts in: the one public/restore-theme.js already painted. */
export function initialColorScheme(): 'light' | 'dark' {
  return appearanceOf(rememberedThemePreference(), systemLook()).colorScheme;
}
