import { themePreferences, type ThemePreference } from '@shared/domain/settings';

/** What the page shows: Mantine's color scheme, and our high-contrast variable set on top of the light one. */
export interface Appearance {
  colorScheme: 'light' | 'dark';
  highContrast: boolean;
}

export interface SystemLook {
  prefersDark: boolean;
  prefersMoreContrast: boolean;
}

/**
 * The last theme the agent chose, kept in this page's storage so the next
 * start paints in it before the settings arrive from main (see
 * public/restore-theme.js, which reads the same key).
 */
export const themeStorageKey = 'parley.theme';

export function appearanceOf(preference: ThemePreference, system: SystemLook): Appearance {
  switch (preference) {
    case 'light':
      return { colorScheme: 'light', highContrast: false };
    case 'dark':
      return { colorScheme: 'dark', highContrast: false };
    case 'high-contrast':
      return { colorScheme: 'light', highContrast: true };
    case 'system':
      return { colorScheme: system.prefersDark ? 'dark' : 'light', highContrast: system.prefersMoreContrast };
  }
}

export function isThemePreference(value: unknown): value is ThemePreference {
  return themePreferences.some((preference) => preference === value);
}

const darkQuery = '(prefers-color-scheme: dark)';
const moreContrastQuery = '(prefers-contrast: more)';

export function systemLook(): SystemLook {
  return { prefersDark: window.matchMedia(darkQuery).matches, prefersMoreContrast: window.matchMedia(moreContrastQuery).matches };
}

/** Calls back when the operating system's light/dark or contrast wish changes. */
export function onSystemLookChange(listener: () => void): () => void {
  const queries = [window.matchMedia(darkQuery), window.matchMedia(moreContrastQuery)];
  for (const query of queries) query.addEventListener('change', listener);
  return () => {
    for (const query of queries) query.removeEventListener('change', listener);
  };
}

export function rememberedThemePreference(): ThemePreference {
  const stored = localStorage.getItem(themeStorageKey);
  return isThemePreference(stored) ? stored : 'system';
}

/** Our own variable set (styles/high-contrast.css) keys off this attribute; Mantine's scheme off its own. */
export function applyContrast(root: HTMLElement, highContrast: boolean): void {
  if (highContrast) root.dataset.contrast = 'high';
  else delete root.dataset.contrast;
}
