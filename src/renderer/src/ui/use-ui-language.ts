import { useTranslation } from 'react-i18next';
import { pickSupportedLanguage, type Language } from '@shared/domain/language';

/** The console's current language (re-rendering when it changes), for Intl formats and code-list labels. */
export function useUiLanguage(): Language {
  const { i18n } = useTranslation();
  return pickSupportedLanguage([i18n.language]);
}
