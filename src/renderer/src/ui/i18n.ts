import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { pickSupportedLanguage, supportedLanguages, type Language } from '@shared/domain/language';
import type { Settings } from '@shared/domain/settings';
import en from '../locales/en.json';
import ru from '../locales/ru.json';
import uk from '../locales/uk.json';

type LanguagePreference = Settings['language'];

/** What the agent chose; `system` until their settings arrive. */
let preference: LanguagePreference = 'system';

function systemLanguage(): Language {
  return pickSupportedLanguage(navigator.languages.length > 0 ? navigator.languages : [navigator.language]);
}

export function initI18n(): void {
  void i18next.use(initReactI18next).init({
    resources: { en: { translation: en }, ru: { translation: ru }, uk: { translation: uk } },
    lng: systemLanguage(),
    fallbackLng: 'en',
    supportedLngs: [...supportedLanguages],
    // React escapes text itself; escaping here would show &lt; in customer names.
    interpolation: { escapeValue: false },
    returnNull: false,
    // i18next keys its cache of number formats by every option of the call, the count included: a
    // console showing a growing count ("12 changes waiting") would keep one formatter per value all shift.
    cacheInBuiltFormats: false,
  });
  document.documentElement.lang = i18next.language;
  i18next.on('languageChanged', (language) => {
    document.documentElement.lang = language;
  });
  // The OS language can change under a running console; `system` follows it.
  window.addEventListener('languagechange', () => applyLanguagePreference(preference));
}

/** `system` follows the operating system (the browser's or Electron's locale). */
export function applyLanguagePreference(next: LanguagePreference): void {
  preference = next;
  const language = next === 'system' ? systemLanguage() : next;
  if (i18next.language !== language) void i18next.changeLanguage(language);
}
