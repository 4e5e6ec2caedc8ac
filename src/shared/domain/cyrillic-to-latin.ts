/**
 * Cyrillic names in Latin letters by the official rules, as people write
 * them in e-mail addresses and passports: Ukrainian by the Cabinet of
 * Ministers' resolution No. 55 of 2010 («Гриценко» → Hrytsenko, «Юлія» →
 * Yuliia), Russian by ICAO Doc 9303 as in Russian passports since 2014
 * («Цветкова» → Tsvetkova, «Юлия» → Iuliia). Generic transliteration gets
 * both wrong (Gricenko, Cvetkova), and a local reader notices.
 */
type Table = Readonly<Record<string, string>>;

const ukrainian: Table = {
  а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', е: 'e', є: 'ie', ж: 'zh', з: 'z', и: 'y', і: 'i', ї: 'i', й: 'i',
  к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch',
  ш: 'sh', щ: 'shch', ь: '', ю: 'iu', я: 'ia', '’': '', 'ʼ': '', "'": '',
};
/** At the start of a word these four are written with y (Yevhen, Yizhak, Yosyp, Yurii, Yaroslav). */
const ukrainianWordStart: Table = { є: 'ye', ї: 'yi', й: 'y', ю: 'yu', я: 'ya' };

const russian: Table = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'i', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch',
  ъ: 'ie', ы: 'y', ь: '', э: 'e', ю: 'iu', я: 'ia',
};

interface Rules {
  letters: Table;
  /** Letters written otherwise at the start of a word. */
  wordStart?: Table;
  /** Letters written otherwise after a given letter: the key is the pair. */
  after?: Table;
}

const apostrophe = /['’ʼ]/u;

function transliterate(text: string, rules: Rules): string {
  let latin = '';
  let previous = '';
  for (const char of text) {
    const lower = char.toLowerCase();
    const mapped =
      (!/\p{L}/u.test(previous) ? rules.wordStart?.[lower] : undefined) ??
      rules.after?.[previous.toLowerCase() + lower] ??
      rules.letters[lower] ??
      char;
    latin += char !== lower ? mapped.charAt(0).toUpperCase() + mapped.slice(1) : mapped;
    // An apostrophe only separates sounds: the letter after it does not start a word.
    if (!apostrophe.test(char)) previous = char;
  }
  return latin;
}

export function ukrainianToLatin(text: string): string {
  // «зг» keeps its g audible: Zghurskyi, not Zhurskyi.
  return transliterate(text, { letters: ukrainian, wordStart: ukrainianWordStart, after: { зг: 'gh' } });
}

export function russianToLatin(text: string): string {
  return transliterate(text, { letters: russian });
}

/**
 * Any Cyrillic name in Latin letters when the language is unknown (search
 * keys). Ukrainian first: its rules cover every letter the two alphabets
 * share, and what it leaves in Cyrillic is Russian-only (ы, э, ъ, ё).
 */
export function cyrillicToLatin(text: string): string {
  return russianToLatin(ukrainianToLatin(text));
}
