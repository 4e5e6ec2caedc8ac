import type { Language } from '@shared/domain/language';

interface NumberPlan {
  /** Country code and the operator or area prefixes in use. */
  prefixes: readonly string[];
  /** How many subscriber numbers each prefix holds, and how to write the n-th one. */
  capacity: number;
  subscriber(n: number): string;
}

/**
 * NANP central-office codes a real US number can have: NXX with N = 2–9,
 * minus the N11 service codes and the codes kept for special use (555
 * directory and fiction, 950 carrier access, 958/959 test, 976 premium).
 */
const usExchanges: readonly string[] = Array.from({ length: 800 }, (_, index) => String(200 + index)).filter(
  (exchange) => !exchange.endsWith('11') && !['555', '950', '958', '959', '976'].includes(exchange),
);
const usLinesPerExchange = 10_000;

const sevenDigits = (n: number) => String(n).padStart(7, '0');

/**
 * Numbering plans of real numbers: US area codes with assignable exchanges,
 * Russian 9xx mobile codes, Ukrainian mobile operator codes.
 */
const plans: Record<Language, NumberPlan> = {
  en: {
    prefixes: ['+1202', '+1212', '+1213', '+1305', '+1312', '+1415', '+1512', '+1617', '+1646', '+1702', '+1718', '+1773', '+1818', '+1917'],
    capacity: usExchanges.length * usLinesPerExchange,
    subscriber: (n) =>
      (usExchanges[Math.floor(n / usLinesPerExchange)] as string) + String(n % usLinesPerExchange).padStart(4, '0'),
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

/** Prime, and no capacity above is a multiple of it, so `n → n × multiplier mod capacity` is a permutation. */
const scrambleMultiplier = 7_919;
for (const [language, plan] of Object.entries(plans)) {
  if (plan.capacity % scrambleMultiplier === 0) throw new Error(`Demo numbers for ${language} would repeat: change the multiplier`);
}

/**
 * The k-th demo number of a country: distinct for distinct k (up to about a
 * hundred million), and scattered so that neighbouring customers do not get
 * neighbouring numbers.
 */
export function demoPhoneNumber(language: Language, k: number): string {
  const plan = plans[language];
  const prefix = plan.prefixes[k % plan.prefixes.length] as string;
  const slot = Math.floor(k / plan.prefixes.length);
  if (slot >= plan.capacity) throw new RangeError(`No more demo numbers for ${language}`);
  return prefix + plan.subscriber((slot * scrambleMultiplier + 12_345) % plan.capacity);
}

/** The contact center's own inbound line for callers of each language (the US one is in the 555-01xx range kept for fiction). */
export const contactCenterNumbers: Record<Language, string> = {
  en: '+12025550100',
  ru: '+74952223344',
  uk: '+380442223344',
};
