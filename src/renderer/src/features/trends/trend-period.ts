import { isoDay, type TrendQuery } from '@shared/domain/trends';

const dayMs = 86_400_000;

/** The period presets the view offers, in days ending today (a UTC day, as the rollups count). */
export const periodPresets = [7, 30, 90, 365] as const;

export function lastDays(days: number, now: number): Pick<TrendQuery, 'from' | 'to'> {
  const today = Math.floor(now / dayMs);
  return { from: isoDay(today - days + 1), to: isoDay(today) };
}

/** A day as the UI language writes it («2 мар.», "2 Mar"). */
export function formatDay(day: string, language: string, withYear = false): string {
  return new Intl.DateTimeFormat(language, { day: 'numeric', month: 'short', ...(withYear ? { year: 'numeric' } : {}), timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}
