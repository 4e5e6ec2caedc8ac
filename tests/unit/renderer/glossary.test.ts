import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The glossary of ../shared/LANGUAGE.md as a table: for each concept, the
 * variants the native review rejected. A locale string that uses one fails
 * here with its key, so a new string cannot bring a second term back.
 */
type Language = 'ru' | 'uk';

// JavaScript's \b knows only Latin letters: a Cyrillic word starts after anything that is not a letter.
const wordStart = '(?<![\\p{L}’])';

interface Rejected {
  concept: string;
  language: Language;
  pattern: RegExp;
  use: string;
}

const word = (stem: string) => new RegExp(`${wordStart}${stem}`, 'iu');

const glossary: readonly Rejected[] = [
  { concept: 'call script', language: 'ru', pattern: word('сценари'), use: 'скрипт' },
  { concept: 'call script', language: 'uk', pattern: word('сценарі'), use: 'скрипт' },
  { concept: 'disposition', language: 'ru', pattern: word('итог звонка'), use: 'результат звонка' },
  { concept: 'disposition', language: 'uk', pattern: word('підсумок дзвінка'), use: 'результат дзвінка' },
  { concept: 'root cause', language: 'ru', pattern: word('первопричин'), use: 'причина обращения' },
  { concept: 'root cause', language: 'uk', pattern: word('першопричин'), use: 'причина звернення' },
  { concept: 'wrap-up state', language: 'ru', pattern: word('обработк'), use: 'постобработка' },
  { concept: 'wrap-up state', language: 'uk', pattern: word('обробк'), use: 'постобробка' },
  { concept: 'consult transfer', language: 'ru', pattern: word('сначала консультац'), use: 'перевод с консультацией' },
  { concept: 'consult transfer', language: 'uk', pattern: word('спершу консультац'), use: 'переведення з консультацією' },
  { concept: 'escalate', language: 'ru', pattern: word('передано выше'), use: 'передать на 2-ю линию' },
  { concept: 'escalate', language: 'uk', pattern: word('передано вище'), use: 'передати на 2-гу лінію' },
  { concept: 'promise broken', language: 'ru', pattern: word('нарушен'), use: 'не выполнено' },
  { concept: 'promise broken', language: 'uk', pattern: word('порушен'), use: 'не виконана' },
  { concept: 'due', language: 'uk', pattern: word('строк'), use: 'термін' },
  { concept: 'owner', language: 'ru', pattern: word('ответственные'), use: 'ответственный' },
  { concept: 'de-escalation', language: 'ru', pattern: word('снятие напряжения'), use: 'работа с негативом' },
  { concept: 'de-escalation', language: 'uk', pattern: word('зняття напруги'), use: 'робота з негативом' },
  // Voicemail is another concept; every other mail is e-mail, and plain «пошта» reads as the parcel service.
  { concept: 'e-mail', language: 'ru', pattern: new RegExp(`${wordStart}(?<!эл\\. )(?<!голосовая )почт`, 'iu'), use: 'эл. почта' },
  { concept: 'e-mail', language: 'uk', pattern: new RegExp(`${wordStart}(?<!ел\\. )(?<!голосова )пошт`, 'iu'), use: 'ел. пошта' },
  { concept: 'units', language: 'ru', pattern: word('процент'), use: '{{value}} %' },
  { concept: 'units', language: 'uk', pattern: word('відсот'), use: '{{value}} %' },
  { concept: 'version label', language: 'ru', pattern: /\(в\s*\{\{|\(в\d/u, use: 'версия 3' },
  { concept: 'version label', language: 'uk', pattern: /\(в\s*\{\{|\(в\d/u, use: 'версія 3' },
  { concept: 'apostrophe', language: 'uk', pattern: /['ʼ]/u, use: '’ (U+2019)' },
  // «і», not «й», opens a phrase: «Ідуть гудки», «Ім’я».
  { concept: 'й at the start of a phrase', language: 'uk', pattern: /(?:^|[.!?…:—]\s+)Й/u, use: 'І' },
];

const localesDir = join(import.meta.dirname, '../../../src/renderer/src/locales');

type Tree = { [key: string]: string | Tree };

function strings(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : strings(value, `${prefix}${key}.`),
  );
}

const locale = (language: Language) => strings(JSON.parse(readFileSync(join(localesDir, `${language}.json`), 'utf8')) as Tree);

describe('the glossary of LANGUAGE.md', () => {
  it.each(glossary)('$language $concept: no string uses $pattern (use «$use»)', ({ language, pattern }) => {
    const offending = locale(language).filter(([, text]) => pattern.test(text));
    expect(offending).toEqual([]);
  });

  it.each([
    ['ru', 'Сценарий', 'call script'],
    ['ru', 'Первопричины', 'root cause'],
    ['uk', 'Строк', 'due'],
    ['uk', 'Ім\'я', 'apostrophe'],
    ['uk', 'Імʼя', 'apostrophe'],
    ['uk', 'Йдуть гудки…', 'й at the start of a phrase'],
    ['ru', 'Почта', 'e-mail'],
    ['ru', 'Скрипт: Привет (в3)', 'version label'],
  ] as const)('catches the rejected %s «%s» (%s)', (language, text, concept) => {
    const rows = glossary.filter((row) => row.language === language && row.concept === concept);
    expect(rows.some((row) => row.pattern.test(text))).toBe(true);
  });

  it.each([
    ['ru', 'Голосовая почта'],
    ['ru', 'Эл. почта'],
    ['ru', 'Постобработка · осталось 30 с'],
    ['uk', 'Ел. пошта'],
    ['uk', 'Постобробка після дзвінка'],
    ['uk', 'Ім’я'],
    ['uk', 'Ідуть гудки…'],
    ['uk', 'Скрипт: Привіт (версія 3)'],
  ] as const)('leaves the accepted %s «%s» alone', (language, text) => {
    expect(glossary.filter((row) => row.language === language && row.pattern.test(text))).toEqual([]);
  });
});
