import { createTheme } from '@mantine/core';

/**
 * The console's design tokens on Mantine's scale. Compact sizes: agents keep
 * the card, the script and the notes side by side on a 1280 px screen.
 */
export const consoleTheme = createTheme({
  primaryColor: 'blue',
  defaultRadius: 'md',
  fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif",
  fontSizes: { xs: '12px', sm: '13px', md: '14px', lg: '16px', xl: '18px' },
  cursorType: 'pointer',
});
