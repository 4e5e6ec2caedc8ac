import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { pickSupportedLanguage, supportedLanguages, type Language } from '@shared/domain/language';
import type { Settings } from '@shared/domain/settings';
import en from '../locales/en.json';
import { cachedNumberFormat } from './i18n-number-format';

type LanguagePreference = Settings['language'];
type Translations = typeof en;

/**
 * English is in the first bundle (every other language falls back to it);
 * Russian and Ukrainian are chunks of their own, loaded when chosen: a
 * console in one language does not parse the other two at every start.
 */
const otherLanguages: Record<Exclude<Language, 'en'>, () => Promise<{ default: Translations }>> = {
  ru: () => import('../locales/ru.json'),
  uk: () => import('../locales/uk.json'),
};

/** What the agent chose; `system` until their settings arrive. */
let preference: LanguagePreference = 'system';

function systemLanguage(): Language {
  return pickSupportedLanguage(navigator.languages.length > 0 ? navigator.languages : [navigator.language]);
}

async function translationsOf(language: Language): Promise<Translations> {
  return language === 'en' ? en : (await otherLanguages[language]()).default;
}

/** Resolves once the first language's texts are in: the console's first render waits for it, so it never flashes another language. */
export async function initI18n(): Promise<void> {
  const language = systemLanguage();
  await i18next.use(initReactI18next).init({
    resources: { en: { translation: en }, [language]: { translation: await translationsOf(language) } },
    partialBundledLanguages: true,
    lng: language,
    fallbackLng: 'en',
    supportedLngs: [...supportedLanguages],
    // React escapes text itself; escaping here would show &lt; in customer names.
    interpolation: { escapeValue: false },
    returnNull: false,
    // Replaced below by a cache that keys on what shapes the number (see i18n-number-format.ts).
    cacheInBuiltFormats: false,
  });
  i18next.services.formatter?.add('number', cachedNumberFormat());
  document.documentElement.lang = i18next.language;
  i18next.on('languageChanged', (changed) => {
    document.documentElement.lang = changed;
  });
  // The OS language can change under a running console; `system` follows it.
  window.addEventListener('languagechange', () => applyLanguagePreference(preference));
}

async function switchTo(language: Language): Promise<void> {
  if (!i18next.hasResourceBundle(language, 'translation')) i18next.addResourceBundle(language, 'translation', await translationsOf(language));
  // The agent may have chosen again while the texts loaded: only the latest choice is applied.
  const wanted = preference === 'system' ? systemLanguage() : preference;
  if (wanted === language && i18next.language !== language) await i18next.changeLanguage(language);
}

/** `system` follows the operating system (the browser's or Electron's locale). */
export function applyLanguagePreference(next: LanguagePreference): void {
  preference = next;
  const language = next === 'system' ? systemLanguage() : next;
  if (i18next.language === language) return;
  switchTo(language).catch((error: unknown) => {
    // The console stays usable in the language it shows; choosing the language again tries once more.
    console.warn(`The console's texts in "${language}" could not be loaded; it stays in "${i18next.language}".`, error);
  });
}
