import { describe, expect, it } from 'vitest';
import { firstNameInAddress, formalAddress, patronymicOf } from '@shared/domain/formal-address';
import { ukrainianVocative } from '@shared/domain/ukrainian-vocative';

describe('the Ukrainian vocative of a first name', () => {
  it.each([
    ['Олена', 'Олено'],
    ['Оксана', 'Оксано'],
    ['Микола', 'Миколо'],
    ['Марія', 'Маріє'],
    ['Юлія', 'Юліє'],
    ['Наталя', 'Натале'],
    ['Оля', 'Олю'],
    ['Галя', 'Галю'],
    ['Ілля', 'Ілле'],
    ['Андрій', 'Андрію'],
    ['Олексій', 'Олексію'],
    ['Василь', 'Василю'],
    ['Тарас', 'Тарасе'],
    ['Іван', 'Іване'],
    ['Ігор', 'Ігоре'],
    ['Олександр', 'Олександре'],
    ['Олег', 'Олегу'],
    ['Петро', 'Петре'],
    ['Михайло', 'Михайле'],
    ['Марко', 'Марку'],
    ['Федір', 'Федоре'],
    ['Любов', 'Любове'],
  ])('%s → %s', (name, vocative) => {
    expect(ukrainianVocative(name)).toBe(vocative);
  });
});

describe('formal address', () => {
  const andrii = { firstName: 'Андрій', lastName: 'Коваленко', displayName: 'Андрій Петрович Коваленко' };
  const olena = { firstName: 'Олена', lastName: 'Шевчук', displayName: 'Олена Іванівна Шевчук' };
  const anna = { firstName: 'Анна', lastName: 'Смирнова', displayName: 'Анна Ильинична Смирнова' };

  it('reads the patronymic the display name carries between first and last name', () => {
    expect(patronymicOf(andrii)).toBe('Петрович');
    expect(patronymicOf({ firstName: 'Андрій', lastName: 'Коваленко', displayName: 'Андрій Коваленко' })).toBeNull();
    expect(patronymicOf({ firstName: 'Андрій', lastName: 'Коваленко', displayName: 'Андрій Коваленко (ТОВ «Зоря»)' })).toBeNull();
  });

  it('is «пане/пані» and the vocative in Ukrainian, the gender told by the patronymic', () => {
    expect(formalAddress(andrii, 'uk')).toBe('пане Андрію');
    expect(formalAddress(olena, 'uk')).toBe('пані Олено');
  });

  it('is the first name and patronymic in Russian', () => {
    expect(formalAddress(anna, 'ru')).toBe('Анна Ильинична');
    expect(formalAddress({ ...andrii, firstName: 'Андрей', displayName: 'Андрей Петрович Коваленко' }, 'ru')).toBe('Андрей Петрович');
  });

  it('is unknown without a patronymic, so the script shows a gap rather than guessing a gender', () => {
    expect(formalAddress({ firstName: 'Саша', lastName: 'Бойко', displayName: 'Саша Бойко' }, 'uk')).toBeNull();
    expect(formalAddress({ firstName: 'Саша', lastName: 'Бойко', displayName: 'Саша Бойко' }, 'ru')).toBeNull();
  });

  it('addresses by the vocative only in Ukrainian', () => {
    expect(firstNameInAddress('Андрій', 'uk')).toBe('Андрію');
    expect(firstNameInAddress('Андрей', 'ru')).toBe('Андрей');
    expect(firstNameInAddress('Andrew', 'en')).toBe('Andrew');
  });
});
