import { z } from 'zod';

export const supportedLanguages = ['en', 'ru', 'uk'] as const;
export const languageSchema = z.enum(supportedLanguages);
export type Language = z.infer<typeof languageSchema>;

/** First of the user's preferred locales that Parley speaks, English otherwise. */
export function pickSupportedLanguage(preferred: readonly string[]): Language {
  for (const locale of preferred) {
    const base = locale.toLowerCase().split(/[-_]/)[0];
    const match = supportedLanguages.find((language) => language === base);
    if (match) return match;
  }
  return 'en';
}

/** Labels that come from a code list, one per supported language. */
export const localizedLabelSchema = z.object({ en: z.string(), ru: z.string(), uk: z.string() });
export type LocalizedLabel = z.infer<typeof localizedLabelSchema>;
