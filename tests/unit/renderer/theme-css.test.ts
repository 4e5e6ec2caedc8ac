import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { consoleCssVariables, consoleTheme } from '../../../src/renderer/src/app/theme';
import { themeCss } from '../../../src/renderer/src/app/theme-css';

const generated = resolve(import.meta.dirname, '../../../src/renderer/src/styles/theme.generated.css');

describe('the theme as static CSS (the CSP forbids injecting it)', () => {
  it('the stylesheet the page loads says what app/theme.ts says (after a theme change: npm run theme:css)', () => {
    expect(readFileSync(generated, 'utf8')).toBe(themeCss(consoleTheme, consoleCssVariables));
  });

  it('carries the theme’s own choices, per color scheme', () => {
    const css = themeCss(consoleTheme, consoleCssVariables);
    expect(css).toContain('--mantine-font-size-md: 14px');
    expect(css).toMatch(/:root\[data-mantine-color-scheme="light"\]\{[^}]*--mantine-color-blue-filled: var\(--mantine-color-blue-8\)/);
    expect(css).toMatch(/:root\[data-mantine-color-scheme="light"\]\{[^}]*--mantine-color-dimmed: var\(--mantine-color-gray-7\)/);
  });

  it('a theme change the file does not have is caught', () => {
    const changed = themeCss({ ...consoleTheme, fontSizes: { ...consoleTheme.fontSizes, md: '15px' } }, consoleCssVariables);
    expect(readFileSync(generated, 'utf8')).not.toBe(changed);
  });
});
