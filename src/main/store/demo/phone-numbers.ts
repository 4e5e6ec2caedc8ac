import type { Language } from '@shared/domain/language';

interface NumberPlan {
  /** Country code and the operator or area prefixes in use. */
  prefixes: readonly string[];
  /** How many subscriber numbers each prefix holds, and how to write the n-th one. */
  capacity: number;
  subscriber(n: number): string;
}

const sevenDigits = (n: number) => String(n).padStart(7, '0');

/**
 * Numbering plans that libphonenumber accepts as valid mobile or geographic
 * numbers: US area codes with exchanges 200–999, Russian 9xx mobile codes,
 * Ukrainian mobile operator codes.
 */
const plans: Record<Language, NumberPlan> = {
  en: {
    prefixes: ['+1202', '+1212', '+1213', '+1305', '+1312', '+1415', '+1512', '+1617', '+1646', '+1702', '+1718', '+1773', '+1818', '+1917'],
    capacity: 8_000_000,
    subscriber: (n) => String(2_000_000 + n),
  },
  ru: {
    prefixes: ['+7903', '+7905', '+7909', '+7910', '+7915', '+7916', '+7917', '+7919', '+7925', '+7926', '+7929', '+7965', '+7977', '+7985'],
    capacity: 10_000_000,
    subscriber: sevenDigits,
  },
  uk: {
    prefixes: ['+38050', '+38063', '+38066', '+38067', '+38068', '+38073', '+38093', '+38095', '+38096', '+38097', '+38098', '+38099'],
    capacity: 10_000_000,
    subscriber: sevenDigits,
  },
};

/** Coprime with every capacity above, so `n → n × multiplier mod capacity` is a permutation. */
const scrambleMultiplier = 7_919;

/**
 * The k-th demo number of a country: distinct for distinct k (up to billions),
 * and scattered so that neighbouring customers do not get neighbouring numbers.
 */
export function demoPhoneNumber(language: Language, k: number): string {
  const plan = plans[language];
  const prefix = plan.prefixes[k % plan.prefixes.length] as string;
  const slot = Math.floor(k / plan.prefixes.length);
  if (slot >= plan.capacity) throw new RangeError(`No more demo numbers for ${language}`);
  return prefix + plan.subscriber((slot * scrambleMultiplier + 12_345) % plan.capacity);
}

/** The contact center's own inbound line for callers of each language. */
export const contactCenterNumbers: Record<Language, string> = {
  en: '+12025550100',
  ru: '+74952223344',
  uk: '+380442223344',
};
