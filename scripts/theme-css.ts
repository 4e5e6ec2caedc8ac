// Writes the console theme's CSS variables as a static stylesheet: the page's
// CSP (style-src 'self') refuses the <style> element Mantine would inject.
// Usage: npm run theme:css (tests/unit/renderer-app/theme-css.test.ts fails until it is run after a theme change).
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { consoleCssVariables, consoleTheme } from '../src/renderer/src/app/theme';
import { themeCss } from '../src/renderer/src/app/theme-css';

export const themeCssFile = resolve(import.meta.dirname, '../src/renderer/src/styles/theme.generated.css');

export function main(): number {
  writeFileSync(themeCssFile, themeCss(consoleTheme, consoleCssVariables));
  console.log(`wrote ${themeCssFile}`);
  return 0;
}
