import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { supportedLanguages } from '@shared/domain/language';

const localesDir = join(import.meta.dirname, '../../../src/renderer/src/locales');
const pluralSuffix = /_(zero|one|two|few|many|other)$/;

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') flat.set(path, value);
    else for (const [child, text] of flatten(value, path)) flat.set(child, text);
  }
  return flat;
}

const locales = Object.fromEntries(
  supportedLanguages.map((language) => [
    language,
    flatten(JSON.parse(readFileSync(join(localesDir, `${language}.json`), 'utf8')) as Tree),
  ]),
);

/** Keys without plural suffixes: languages differ in how many plural forms they need. */
const baseKeys = (language: string) => new Set([...(locales[language]?.keys() ?? [])].map((key) => key.replace(pluralSuffix, '')));

describe('translations', () => {
  it.each(['ru', 'uk'])('%s has every string English has, and nothing else', (language) => {
    expect([...baseKeys(language)].sort()).toEqual([...baseKeys('en')].sort());
  });

  it.each(['ru', 'uk'])('%s has the few and many plural forms Slavic languages need', (language) => {
    const plurals = [...(locales.en?.keys() ?? [])].filter((key) => key.endsWith('_one')).map((key) => key.slice(0, -4));
    for (const key of plurals) {
      for (const form of ['one', 'few', 'many', 'other']) expect(locales[language]?.has(`${key}_${form}`), `${key}_${form}`).toBe(true);
    }
  });

  it.each(supportedLanguages)('%s has no empty strings and uses the same placeholders as English', (language) => {
    const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)/g)].map((match) => match[1]).sort();
    for (const [key, text] of locales[language] ?? []) {
      expect(text.trim(), key).not.toBe('');
      const english = locales.en?.get(key) ?? locales.en?.get(key.replace(pluralSuffix, '_other'));
      if (english !== undefined) expect(placeholders(text), key).toEqual(placeholders(english));
    }
  });

  it('Russian and Ukrainian are written in Cyrillic, not left in English', () => {
    for (const language of ['ru', 'uk']) {
      const texts = [...(locales[language]?.values() ?? [])];
      const cyrillic = texts.filter((text) => /[А-Яа-яЁёІіЇїЄєҐґ]/.test(text));
      expect(cyrillic.length / texts.length, language).toBeGreaterThan(0.9);
    }
  });
});
