import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

/**
 * +79161234567 → +7 916 123 45 67, +380671234567 → +380 67 123 45 67 (as
 * Ukrainians write it; libphonenumber groups the last digits 3-4); anything
 * unparseable is shown as it came.
 */
export function formatPhone(e164: string): string {
  const parsed = parsePhoneNumberFromString(e164);
  if (!parsed) return e164;
  const international = parsed.formatInternational();
  return parsed.country === 'UA' ? international.replace(/ (\d{2})(\d{2})$/, ' $1 $2') : international;
}

/**
 * A typed number as the phone dials it: E.164 when it reads as a possible
 * number with the default country. The page carries libphonenumber's small
 * metadata only (main validates with the full set before storing), so this
 * checks length, not the numbering plan: the PBX answers for the rest.
 */
export function dialableE164(typed: string, defaultCountry: string): string | null {
  const parsed = parsePhoneNumberFromString(typed, { defaultCountry: defaultCountry as CountryCode, extract: false });
  return parsed?.isPossible() ? parsed.number : null;
}

export function formatDateTime(at: number, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(at);
}

const units = [
  ['day', day],
  ['hour', hour],
  ['minute', minute],
] as const;

type Unit = (typeof units)[number][0];

/** The largest unit that fits: 50 hours reads as "2 days", not "50 hours". */
function inLargestUnit(ms: number): { unit: Unit; amount: number } {
  for (const [unit, size] of units) {
    if (Math.abs(ms) >= size) return { unit, amount: Math.round(ms / size) };
  }
  return { unit: 'minute', amount: 0 };
}

/** "in 3 hours", "2 days ago", in the UI language. */
export function formatRelative(at: number, now: number, language: string): string {
  const { unit, amount } = inLargestUnit(at - now);
  return new Intl.RelativeTimeFormat(language, { numeric: 'auto' }).format(amount, unit);
}

/** A span of time as "3 days" / "3 дня" / "3 дні" (never less than a minute), for "overdue by …". */
export function formatElapsed(ms: number, language: string): string {
  const { unit, amount } = inLargestUnit(ms);
  return new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay: 'long' }).format(Math.max(1, Math.abs(amount)));
}

/**
 * When something happened, as an agent scans a history: the last day reads
 * as "3 hours ago", older moments as a short date with the time, with the
 * year only when it is not this year's.
 */
export function formatMoment(at: number, now: number, language: string): string {
  if (Math.abs(now - at) < day) return formatRelative(at, now, language);
  const sameYear = new Date(at).getFullYear() === new Date(now).getFullYear();
  return new Intl.DateTimeFormat(language, {
    day: 'numeric',
    month: 'short',
    year: sameYear ? undefined : 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  }).format(at);
}

/** A call's length: 3:09, or 1:02:09 past the hour. */
export function formatDuration(seconds: number): string {
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = String(seconds % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}
