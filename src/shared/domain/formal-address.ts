import type { Language } from './language';
import { ukrainianVocative } from './ukrainian-vocative';

export interface PersonNames {
  firstName: string;
  lastName: string;
  /** The name as the CRM writes it: Russian and Ukrainian ones carry the patronymic («Андрій Петрович Коваленко»). */
  displayName: string;
}

export type Gender = 'female' | 'male';

const patronymicEnding = /(?:вич|ич|вна|чна)$/u;

/** The patronymic the display name carries between first and last name, if any. */
export function patronymicOf(names: PersonNames): string | null {
  const words = names.displayName.trim().split(/\s+/u);
  const middle = words.filter((word) => word !== names.firstName && word !== names.lastName);
  return middle.length === 1 && patronymicEnding.test(middle[0] as string) ? (middle[0] as string) : null;
}

/** A patronymic says whose son or daughter: -вич/-ич a man, -вна/-чна a woman (Ильинична, Саввична). */
export function genderOfPatronymic(patronymic: string): Gender {
  return /(?:вна|чна)$/u.test(patronymic) ? 'female' : 'male';
}

/**
 * How a script addresses the customer formally (LANGUAGE.md): Russian by
 * first name and patronymic («Андрей Петрович»), Ukrainian «пане Андрію» /
 * «пані Олено». Null when the data does not say (no patronymic, so neither it
 * nor the gender is known): the script shows a gap, and the greeting has
 * already asked how to address the customer.
 */
export function formalAddress(names: PersonNames, language: Language): string | null {
  if (language === 'en') return `${names.firstName} ${names.lastName}`;
  const patronymic = patronymicOf(names);
  if (!patronymic) return null;
  if (language === 'ru') return `${names.firstName} ${patronymic}`;
  return `${genderOfPatronymic(patronymic) === 'female' ? 'пані' : 'пане'} ${ukrainianVocative(names.firstName)}`;
}

/** The first name as the customer is called by it in a friendly tone: the Ukrainian vocative, elsewhere the name itself. */
export function firstNameInAddress(firstName: string, language: Language): string {
  return language === 'uk' ? ukrainianVocative(firstName) : firstName;
}
