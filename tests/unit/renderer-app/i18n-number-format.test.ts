import i18next from 'i18next';
import { describe, expect, it, vi } from 'vitest';
import { supportedLanguages } from '../../../src/shared/domain/language';
import { cachedNumberFormat } from '../../../src/renderer/src/ui/i18n-number-format';

async function consoleTexts(language: string) {
  const i18n = i18next.createInstance();
  await i18n.init({
    lng: language,
    resources: { [language]: { translation: { waiting: '{{count, number}} waiting', share: '{{share, number(maximumFractionDigits: 1)}} %' } } },
    interpolation: { escapeValue: false },
    cacheInBuiltFormats: false,
  });
  i18n.services.formatter?.add('number', cachedNumberFormat());
  return i18n;
}

describe("numbers in the console's texts", () => {
  it("are written the language's way, with a text's own format options", async () => {
    const ru = await consoleTexts('ru');
    expect(ru.t('waiting', { count: 12345 })).toBe('12\u00a0345 waiting');
    expect(ru.t('share', { share: 12.345 })).toBe('12,3 %');
    const en = await consoleTexts('en');
    expect(en.t('waiting', { count: 12345 })).toBe('12,345 waiting');
  });

  it('read under a thousand as every language the console speaks writes them', async () => {
    for (const language of supportedLanguages) {
      const texts = await consoleTexts(language);
      const intl = new Intl.NumberFormat(language);
      for (let count = 0; count < 1000; count += 1) expect(texts.t('waiting', { count })).toBe(`${intl.format(count)} waiting`);
    }
  });

  it('keep one formatter per language and format over a shift of growing counts', async () => {
    const ru = await consoleTexts('ru');
    const constructed = vi.spyOn(Intl, 'NumberFormat');
    try {
      for (let count = 1000; count < 1500; count += 1) ru.t('waiting', { count });
      ru.t('share', { share: 1.25 });
      expect(constructed).toHaveBeenCalledTimes(2);
    } finally {
      constructed.mockRestore();
    }
  });
});
