import { describe, expect, it } from 'vitest';
import { russianToLatin, ukrainianToLatin } from '@shared/domain/cyrillic-to-latin';

describe('Ukrainian in Latin letters by the 2010 official rules', () => {
  it.each([
    ['Гриценко', 'Hrytsenko'],
    ['Олійник', 'Oliinyk'],
    ['Юлія', 'Yuliia'],
    ['Євген', 'Yevhen'],
    ['Їжакевич', 'Yizhakevych'],
    ['Йосип', 'Yosyp'],
    ['Андрій', 'Andrii'],
    ['Мар’яна', 'Mariana'],
    ['Згурський', 'Zghurskyi'],
    ['Щербак', 'Shcherbak'],
    ['Ярослав', 'Yaroslav'],
    ['Ганна-Марія', 'Hanna-Mariia'],
  ])('%s → %s', (cyrillic, latin) => {
    expect(ukrainianToLatin(cyrillic)).toBe(latin);
  });
});

describe('Russian in Latin letters as in Russian passports (ICAO)', () => {
  it.each([
    ['Цветкова', 'Tsvetkova'],
    ['Хрущёв', 'Khrushchev'],
    ['Юлия', 'Iuliia'],
    ['Артём', 'Artem'],
    ['Соловьёв', 'Solovev'],
    ['Андрей', 'Andrei'],
  ])('%s → %s', (cyrillic, latin) => {
    expect(russianToLatin(cyrillic)).toBe(latin);
  });
});
