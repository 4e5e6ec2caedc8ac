import { useSyncExternalStore } from 'react';
import type { CountryCode } from 'libphonenumber-js/min';

type PhoneNumbers = typeof import('libphonenumber-js/min');

/**
 * libphonenumber with its small metadata is a seventh of the page's
 * JavaScript, and the first screen (the search box) has no number to show
 * yet: it is loaded once a component first shows a number, and until then a
 * number reads as it is stored (E.164, ungrouped). Components that show
 * numbers render again when it arrives (`usePhoneFormat`).
 */
let library: PhoneNumbers | null = null;
let loading: Promise<void> | null = null;
const listeners = new Set<() => void>();

export function loadPhoneNumbers(): Promise<void> {
  loading ??= import('libphonenumber-js/min').then(
    (loaded) => {
      library = loaded;
      listeners.forEach((listener) => listener());
    },
    (error: unknown) => {
      // Numbers stay readable, only ungrouped; the next component to show one tries again.
      console.warn('Phone number formatting could not be loaded; numbers are shown as stored.', error);
      loading = null;
    },
  );
  return loading;
}

function subscribe(listener: () => void): () => void {
  void loadPhoneNumbers();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * +79161234567 → +7 916 123 45 67, +380671234567 → +380 67 123 45 67 (as
 * Ukrainians write it; libphonenumber groups the last digits 3-4); anything
 * unparseable is shown as it came.
 */
export function formatPhone(e164: string): string {
  const parsed = library?.parsePhoneNumberFromString(e164);
  if (!parsed) return e164;
  const international = parsed.formatInternational();
  return parsed.country === 'UA' ? international.replace(/ (\d{2})(\d{2})$/, ' $1 $2') : international;
}

/** `formatPhone` for a component, which renders again once numbers can be grouped. */
export function usePhoneFormat(): (e164: string) => string {
  useSyncExternalStore(subscribe, () => library !== null);
  return formatPhone;
}

/**
 * A typed number as the phone dials it: E.164 when it reads as a possible
 * number with the default country. The page carries libphonenumber's small
 * metadata only (main validates with the full set before storing), so this
 * checks length, not the numbering plan: the PBX answers for the rest. Null
 * when it is not a possible number, or before the library has arrived.
 */
export function dialableE164(typed: string, defaultCountry: string): string | null {
  const parsed = library?.parsePhoneNumberFromString(typed, { defaultCountry: defaultCountry as CountryCode, extract: false });
  return parsed?.isPossible() ? parsed.number : null;
}
