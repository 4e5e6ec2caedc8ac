import type { CustomerHit } from '@shared/domain/customer';
import { digitsOf } from '@shared/domain/phone-number';

/**
 * The hit that is this caller, or null: the search matches any part of a
 * number, the board only a phone that is the whole number (a national form
 * matching the end of the stored E.164).
 */
export function customerForNumber(hits: readonly CustomerHit[], number: string): CustomerHit | null {
  const digits = digitsOf(number);
  if (digits.length === 0) return null;
  return hits.find((hit) => hit.phone !== null && digitsOf(hit.phone).endsWith(digits.replace(/^0+/, ''))) ?? null;
}
