import { describe, expect, it } from 'vitest';
import { themePreferences } from '@shared/domain/settings';
import { appearanceOf, isThemePreference } from '../../../src/renderer/src/ui/appearance';

const lightSystem = { prefersDark: false, prefersMoreContrast: false };
const darkSystem = { prefersDark: true, prefersMoreContrast: false };

describe('the theme the agent chose, as the page shows it', () => {
  it('light and dark are Mantine color schemes whatever the system says', () => {
    expect(appearanceOf('light', darkSystem)).toEqual({ colorScheme: 'light', highContrast: false });
    expect(appearanceOf('dark', lightSystem)).toEqual({ colorScheme: 'dark', highContrast: false });
  });

  it('high contrast is our own set on the light scheme', () => {
    expect(appearanceOf('high-contrast', darkSystem)).toEqual({ colorScheme: 'light', highContrast: true });
  });

  it('system follows the operating system, its "more contrast" wish included', () => {
    expect(appearanceOf('system', darkSystem)).toEqual({ colorScheme: 'dark', highContrast: false });
    expect(appearanceOf('system', { prefersDark: false, prefersMoreContrast: true })).toEqual({ colorScheme: 'light', highContrast: true });
  });

  it('a remembered value is trusted only if it is one of the choices', () => {
    for (const preference of themePreferences) expect(isThemePreference(preference)).toBe(true);
    expect(isThemePreference('sepia')).toBe(false);
    expect(isThemePreference(null)).toBe(false);
  });
});
