const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

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
