import type { Language } from '../../domain/language';
import type { ScriptText } from '../script-schema';

/** A text with an empty entry for each language, so that the form has a box for each and the validator names what is still to write. */
export function blankText(languages: readonly Language[]): ScriptText {
  return Object.fromEntries(languages.map((language) => [language, '']));
}
