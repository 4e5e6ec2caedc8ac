import { fakerEN, fakerRU, fakerUK, type Faker } from '@faker-js/faker';
import { transliterate } from 'transliteration';
import type { Language } from '@shared/domain/language';

export type Sex = 'female' | 'male';

export interface PersonName {
  text: string;
  /** Latin form for e-mail addresses. */
  latin: string;
}

export interface NamePool {
  firstNames: Record<Sex, readonly PersonName[]>;
  /** Russian and Ukrainian surnames agree with the person's sex (Петров / Петрова). */
  lastNames: Record<Sex, readonly PersonName[]>;
  companies: readonly string[];
  emailDomains: readonly string[];
}

const fakers: Record<Language, Faker> = { en: fakerEN, ru: fakerRU, uk: fakerUK };

const emailDomains: Record<Language, readonly string[]> = {
  en: ['gmail.com', 'outlook.com', 'yahoo.com', 'icloud.com', 'proton.me'],
  ru: ['mail.ru', 'yandex.ru', 'gmail.com', 'rambler.ru', 'bk.ru'],
  uk: ['ukr.net', 'gmail.com', 'i.ua', 'meta.ua', 'outlook.com'],
};

type NameDefinitions = Partial<Record<'female' | 'male' | 'generic', readonly string[]>>;

function definitions(faker: Faker, key: 'first_name' | 'last_name'): NameDefinitions {
  return (faker.rawDefinitions.person?.[key] ?? {}) as NameDefinitions;
}

function namesFor(definition: NameDefinitions, sex: Sex): PersonName[] {
  const texts = [...new Set([...(definition[sex] ?? []), ...(definition.generic ?? [])])].sort();
  return texts.map((text) => ({ text, latin: transliterate(text).toLowerCase().replace(/[^a-z]/g, '') }));
}

const pools = new Map<Language, NamePool>();

/** Names, companies and mail domains of each language, built once from faker's locale data. */
export function namePool(language: Language): NamePool {
  const cached = pools.get(language);
  if (cached) return cached;
  const faker = fakers[language];
  faker.seed(20_261_123);
  const firstNames = definitions(faker, 'first_name');
  const lastNames = definitions(faker, 'last_name');
  const pool: NamePool = {
    firstNames: { female: namesFor(firstNames, 'female'), male: namesFor(firstNames, 'male') },
    lastNames: { female: namesFor(lastNames, 'female'), male: namesFor(lastNames, 'male') },
    companies: [...new Set(Array.from({ length: 400 }, () => faker.company.name()))],
    emailDomains: emailDomains[language],
  };
  pools.set(language, pool);
  return pool;
}
