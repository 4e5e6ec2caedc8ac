import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';

/**
 * A typed or received number in E.164, read with the default country when it
 * has no country code; null when it is not a valid number.
 */
export function toE164(raw: string, defaultCountry: string): string | null {
  const parsed = parsePhoneNumberFromString(raw, { defaultCountry: defaultCountry as CountryCode, extract: false });
  return parsed?.isValid() ? parsed.number : null;
}

/** Whether the text reads as (part of) a phone number rather than a name. */
export function looksLikePhoneNumber(text: string): boolean {
  return /^[\d\s+()\-.]+$/.test(text) && /\d/.test(text);
}

export function digitsOf(text: string): string {
  return text.replace(/\D/g, '');
}

/** Searching by part of a number needs this many digits: fewer match too much to be useful (and trigrams need three). */
export const minimumPhoneDigits = 3;
