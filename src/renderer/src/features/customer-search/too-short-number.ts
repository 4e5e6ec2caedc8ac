import { digitsOf, looksLikePhoneNumber, minimumPhoneDigits } from '@shared/domain/phone-number';

/** A number typed with too few digits to search by (search finds nothing for it by design). */
export function isTooShortNumber(query: string): boolean {
  return looksLikePhoneNumber(query) && digitsOf(query).length < minimumPhoneDigits;
}
