import { cyrillicToLatin } from './cyrillic-to-latin';

/**
 * What customer search compares, the same when a name is stored and when it
 * is typed. Agents type names the way they hear them: ё as е, a Ukrainian
 * apostrophe as any of its spellings or none, a Cyrillic name in Latin
 * letters (or the other way round) by whichever transliteration they know.
 */

/** ʼ (U+02BC, the standard's), ’ (U+2019, the typographic one), ' (the keyboard's), and ` and ‘ that people type for them. */
const apostrophes = /['’ʼ`‘]/gu;

/**
 * Lower case, ё as е, apostrophes dropped (Мар'яна, Марʼяна, Мар’яна and
 * Маряна are one word: a name typed without its apostrophe is still found).
 */
export function searchForm(text: string): string {
  return text.normalize('NFC').toLowerCase().replaceAll('ё', 'е').replace(apostrophes, '');
}

/** The words of a text as the full-text index splits them (runs of letters and digits), in search form. */
export function searchWords(text: string): string[] {
  return searchForm(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Latin letters with a háček as the digraphs the other transliterations use (Ševčenko → Shevchenko). */
const hacek: Readonly<Record<string, string>> = { š: 'sh', ž: 'zh', č: 'ch' };

/**
 * Spellings of one sound, each a single placeholder while the rules below
 * run (upper case: the word is lower case, so they cannot clash), written
 * out again at the end so that a key's beginning is what an agent types
 * first (z… for zh…).
 */
const sounds: readonly (readonly [RegExp, string, string])[] = [
  [/shch|sch/g, 'W', 'shch'],
  [/zh/g, 'Z', 'zh'],
  [/ch/g, 'C', 'ch'],
  [/sh/g, 'S', 'sh'],
  [/ts|tz|c/g, 'T', 'ts'],
];

/** Doubled letters are written single (Yuliia, Anna, Filipp); digits are left alone: 5521 is not 521. */
const doubled = /([a-zA-Z])\1+/g;

/**
 * One skeleton for the Latin spellings of a name: Kovalenko, Коваленко;
 * Yuliia, Yulia, Julia, Iuliia, Юлия, Юлія; Hryhorii, Grigorii, Григорий;
 * Oleksandr, Aleksandr, Alexandr; Andrii, Andrei; Fyodor, Fedor, Фёдор;
 * Yevhen, Evgen.
 * It is deliberately coarse (г, х and ґ are one letter, so are и, і, й, ы and
 * y/j; ie/ye is e; a leading o is a): a few extra hits are cheap, a customer
 * not found is not.
 */
export function latinSkeleton(word: string): string {
  let key = skeletons.get(word);
  if (key === undefined) {
    if (skeletons.size >= skeletonsKept) skeletons.clear();
    key = skeletonOf(word);
    skeletons.set(word, key);
  }
  return key;
}

/**
 * Names repeat (a few hundred first names and surnames make most of a
 * customer base), and a skeleton costs tens of microseconds: an import or a
 * sync of a million customers computes each one once. Bounded, so that a
 * base of rare names cannot grow it without end.
 */
const skeletons = new Map<string, string>();
const skeletonsKept = 20_000;

function skeletonOf(word: string): string {
  let key = cyrillicToLatin(searchForm(word))
    .replace(/[šžč]/gu, (letter) => hacek[letter] ?? letter)
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
  for (const [spelling, placeholder] of sounds) key = key.replace(spelling, placeholder);
  key = key
    .replace(/kh|h|g/g, 'g')
    .replace(/x/g, 'ks')
    .replace(/w/g, 'v')
    .replace(/[jy]/g, 'i')
    .replace(doubled, '$1')
    // ё written yo/io after a consonant (Fyodor, Artiom, Semyon) is е.
    .replace(/(?<=[bdfgklmnprstvzCSTWZ])io/g, 'e')
    .replace(/ie/g, 'e')
    // Russian -ей is Ukrainian -ій: Андрей, Андрій; Алексей, Олексій.
    .replace(/ei$/, 'i')
    // Ukrainian Олександр, Олексій are Russian Александр, Алексей.
    .replace(/^o/, 'a')
    .replace(doubled, '$1');
  for (const [, placeholder, written] of sounds) key = key.replaceAll(placeholder, written);
  return key;
}

/** The letter that may complete a spelling a word being typed ends with: S before Sh, T before Ts, Andri before Andrie (Andriienko). */
const completions: Readonly<Record<string, string>> = { c: 'h', k: 'h', s: 'h', z: 'h', t: 's', i: 'e', y: 'e', j: 'e' };

/**
 * The skeletons of a word still being typed. A skeleton rewrites spellings
 * of several letters, so the one of a half-typed spelling is not the
 * beginning of the whole one's: the completed spelling is looked up too.
 */
export function skeletonsWhileTyping(word: string): string[] {
  const form = searchForm(word);
  const completion = completions[form.at(-1) ?? ''];
  const keys = [latinSkeleton(form)];
  if (completion !== undefined) keys.push(latinSkeleton(form + completion));
  return [...new Set(keys)];
}

/** A text as the index stores it: its words in search form, then the skeletons that differ from them. */
export function searchIndexText(text: string | null): string {
  const words = [...new Set(searchWords(text ?? ''))];
  const skeletons = new Set(words.map(latinSkeleton).filter((key) => key.length > 0 && !words.includes(key)));
  return [...words, ...skeletons].join(' ');
}

export interface CustomerNames {
  firstName: string;
  lastName: string;
  displayName: string;
  company: string | null;
}

/**
 * The words that name the person. A customer whose display name is its
 * company's is an organisation: those words are the company's, so that a
 * shop called «Олена» ranks below the people called Олена.
 */
export function personSearchText(names: CustomerNames): string {
  const isOrganisation = names.company !== null && names.displayName === names.company;
  return searchIndexText([isOrganisation ? '' : names.displayName, names.firstName, names.lastName].join(' '));
}
