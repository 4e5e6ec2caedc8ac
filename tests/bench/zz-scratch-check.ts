import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { demoPhoneNumber } from '../../src/main/store/demo/phone-numbers';
export function main(): number {
  const country = { en: 'US', ru: 'RU', uk: 'UA' } as const;
  for (const lang of ['en', 'ru', 'uk'] as const) {
    let bad = 0; const types = new Map<string, number>();
    for (let k = 0; k < 700_000; k++) {
      const e = demoPhoneNumber(lang, k);
      const p = parsePhoneNumberFromString(e);
      if (!p?.isValid() || p.country !== country[lang]) { if (bad++ < 5) console.log('bad', lang, e); continue; }
      const t = p.getType() ?? 'none'; types.set(t, (types.get(t) ?? 0) + 1);
    }
    console.log(lang, 'bad', bad, [...types]);
  }
  return 0;
}
