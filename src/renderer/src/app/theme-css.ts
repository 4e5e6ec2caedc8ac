import {
  convertCssVariables,
  DEFAULT_THEME,
  defaultCssVariablesResolver,
  mergeMantineTheme,
  type ConvertCSSVariablesInput,
  type CSSVariablesResolver,
  type MantineThemeOverride,
} from '@mantine/core';

type Variables = Record<string, string>;

/** What differs from Mantine's own defaults, which its static styles.css already holds. */
function changed(ours: Variables, defaults: Variables): Variables {
  return Object.fromEntries(Object.entries(ours).filter(([name, value]) => defaults[name] !== value));
}

/**
 * The CSS variables a theme means, as the stylesheet Mantine would have
 * injected at run time: only the ones that differ from its defaults, for
 * `:root` and per color scheme (`[data-mantine-color-scheme]`).
 */
export function themeCss(override: MantineThemeOverride, resolver: CSSVariablesResolver): string {
  const theme = mergeMantineTheme(DEFAULT_THEME, override);
  const defaults = defaultCssVariablesResolver(DEFAULT_THEME);
  const base = defaultCssVariablesResolver(theme);
  const extra = resolver(theme);
  const ours: ConvertCSSVariablesInput = {
    variables: changed({ ...base.variables, ...extra.variables }, defaults.variables),
    light: changed({ ...base.light, ...extra.light }, defaults.light),
    dark: changed({ ...base.dark, ...extra.dark }, defaults.dark),
  };
  return `/* Generated from src/renderer/src/app/theme.ts by \`npm run theme:css\`: do not edit. */\n${convertCssVariables(ours, ':root')}\n`;
}
