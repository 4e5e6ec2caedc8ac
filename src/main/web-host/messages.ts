import { pickSupportedLanguage, type Language } from '@shared/domain/language';

const missingToken: Record<Language, string> = {
  en: 'Parley: this address needs the access token. Open the full address printed by `npm run web`.',
  ru: 'Parley: для этого адреса нужен ключ доступа. Откройте полный адрес, который вывела команда `npm run web`.',
  uk: 'Parley: для цієї адреси потрібен ключ доступу. Відкрийте повну адресу, яку вивела команда `npm run web`.',
};

/**
 * The refusal a browser shows when the page is opened without (or with a
 * stale) token, in the browser's language. The page keeps its token for the
 * tab once it has left the address bar: the refusal's script brings it back,
 * so a reload still opens the console.
 */
export function missingTokenPage(acceptLanguage: string | undefined): string {
  const preferred = (acceptLanguage ?? '').split(',').map((part) => part.split(';')[0]?.trim() ?? '');
  const language = pickSupportedLanguage(preferred);
  return [
    '<!doctype html>',
    `<html lang="${language}"><head><meta charset="utf-8"><title>Parley</title>`,
    '<script src="/restore-token.js"></script></head>',
    `<body><p>${missingToken[language].replace(/`([^`]+)`/g, '<code>$1</code>')}</p></body></html>`,
  ].join('\n');
}
