import { createTheme, Drawer, Modal, Tooltip, type CSSVariablesResolver } from '@mantine/core';

/**
 * The console's design tokens on Mantine's scale. Compact sizes: agents keep
 * the card, the script and the notes side by side on a 1280 px screen.
 *
 * The page's CSP (style-src 'self') forbids the <style> element Mantine would
 * write these into, so they reach the page as a static file generated from
 * this one (styles/theme.generated.css, `npm run theme:css`); a unit test
 * fails when the two disagree.
 */
export const consoleTheme = createTheme({
  primaryColor: 'blue',
  // Shade 8: white on the filled primary is 4.9:1 (shade 6, Mantine's default, is 3.6:1), in both schemes.
  primaryShade: { light: 8, dark: 8 },
  // Filled yellow or light shades take dark text, not white.
  autoContrast: true,
  defaultRadius: 'md',
  fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif",
  fontSizes: { xs: '12px', sm: '13px', md: '14px', lg: '16px', xl: '18px' },
  lineHeights: { md: '1.4' },
  cursorType: 'pointer',
  colors: {
    // Answer / call and hang up / decline: Mantine's teal and red one step darker, so white text stays
    // above 4.5:1 on the filled shade (8) and on its hover (9) alike.
    answer: ['#e6fcf5', '#c3fae8', '#96f2d7', '#63e6be', '#38d9a9', '#20c997', '#12b886', '#0ca678', '#087f5b', '#065f44'],
    danger: ['#fff5f5', '#ffe3e3', '#ffc9c9', '#ffa8a8', '#ff8787', '#ff6b6b', '#fa5252', '#f03e3e', '#c92a2a', '#a51d1d'],
  },
  components: {
    // Locking the page's scroll injects a <style> element (react-remove-scroll), which the CSP refuses;
    // the console never scrolls as a page anyway, its panes do.
    Modal: Modal.extend({ defaultProps: { lockScroll: false } }),
    Drawer: Drawer.extend({ defaultProps: { lockScroll: false } }),
    // A shortened label's full text must reach keyboard users too, and wrap when it is long.
    Tooltip: Tooltip.extend({ defaultProps: { events: { hover: true, focus: true, touch: false }, multiline: true, maw: 420, openDelay: 300 } }),
  },
});

/**
 * Where Mantine's defaults read too faint for an agent's screen: secondary
 * text at gray-6 is 3.3:1 on white, below WCAG AA; gray-7 is 5.7:1. The same
 * for text on light tints.
 */
export const consoleCssVariables: CSSVariablesResolver = (theme) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-6)',
    '--mantine-color-error': 'var(--mantine-color-red-8)',
    ...lightVariantText(Object.keys(theme.colors)),
  },
  dark: {},
});

/** Yellows, oranges and limes are light even at shade 9: their text on a light tint takes a dark brown. */
const paleColors = new Set(['yellow', 'orange', 'lime']);

/**
 * Text on the "light" variants (alerts, tags, the current step): shade 9
 * (a dark brown for the pale colours) on the palest tint, above 4.5:1.
 */
function lightVariantText(colors: readonly string[]): Record<string, string> {
  return Object.fromEntries(
    colors.flatMap((color) => [
      [`--mantine-color-${color}-light-color`, paleColors.has(color) ? '#6b4400' : `var(--mantine-color-${color}-9)`],
      // The tint one step lighter (shade 0, not 1): more room above 4.5:1 for the text on it.
      [`--mantine-color-${color}-light`, `var(--mantine-color-${color}-0)`],
      [`--mantine-color-${color}-light-hover`, `var(--mantine-color-${color}-1)`],
    ]),
  );
}
