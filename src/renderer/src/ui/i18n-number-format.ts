/** The options of Intl.NumberFormat a text may set (`{{n, number(maximumFractionDigits: 1)}}`); i18next passes them mixed with the call's own. */
const numberFormatOptions = [
  'style',
  'currency',
  'currencyDisplay',
  'unit',
  'unitDisplay',
  'notation',
  'compactDisplay',
  'signDisplay',
  'useGrouping',
  'minimumIntegerDigits',
  'minimumFractionDigits',
  'maximumFractionDigits',
  'minimumSignificantDigits',
  'maximumSignificantDigits',
] as const;

/**
 * i18next's `number` format, with one Intl.NumberFormat per language and
 * format options. i18next's own cache keys on every option of the call, the
 * count included, so a console showing a growing count ("12 changes waiting
 * to be sent") would keep a formatter per value all shift; without its cache,
 * every number on screen builds a new Intl.NumberFormat, which costs the
 * first screen tens of milliseconds.
 */
export function cachedNumberFormat(): (value: unknown, language: string | undefined, options: Record<string, unknown>) => string {
  const formats = new Map<string, Intl.NumberFormat>();
  return (value, language, options) => {
    const chosen = Object.fromEntries(numberFormatOptions.filter((name) => options[name] !== undefined).map((name) => [name, options[name]]));
    // Whole numbers under a thousand read alike in every language the console speaks (no grouping, the same
    // digits): they need no Intl.NumberFormat, whose first one loads the locale's data (about 20 ms of the first screen).
    if (Object.keys(chosen).length === 0 && typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < 1000) return String(value);
    const key = `${language ?? ''} ${JSON.stringify(chosen)}`;
    let format = formats.get(key);
    if (!format) {
      format = new Intl.NumberFormat(language, chosen);
      formats.set(key, format);
    }
    return format.format(value as number);
  };
}
