import { pickSupportedLanguage, type Language } from '@shared/domain/language';

const missingToken: Record<Language, string> = {
  en: 'Parley: this address needs the access token of this run. Open the full address printed by `npm run web`.',
  ru: 'Parley: для этого адреса нужен ключ доступа текущего запуска. Откройте полный адрес, который вывела команда `npm run web`.',
  uk: 'Parley: для цієї адреси потрібен ключ доступу поточного запуску. Відкрийте повну адресу, яку вивела команда `npm run web`.',
};

/** The refusal a browser shows when the page is opened without (or with a stale) token, in the browser's language. */
export function missingTokenMessage(acceptLanguage: string | undefined): string {
  const preferred = (acceptLanguage ?? '').split(',').map((part) => part.split(';')[0]?.trim() ?? '');
  return missingToken[pickSupportedLanguage(preferred)];
}
