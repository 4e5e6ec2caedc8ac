import { app } from 'electron';
import { pickSupportedLanguage, type Language } from '@shared/domain/language';

/** The few strings main shows itself, before (or without) a renderer. */
const messages = {
  startFailedTitle: {
    en: 'Parley cannot start',
    ru: 'Parley не может запуститься',
    uk: 'Parley не може запуститися',
  },
} satisfies Record<string, Record<Language, string>>;

export function message(key: keyof typeof messages): string {
  return messages[key][pickSupportedLanguage([...app.getPreferredSystemLanguages(), app.getLocale()])];
}
