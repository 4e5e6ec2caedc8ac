import { describe, expect, it } from 'vitest';
import { latinSkeleton, personSearchText, searchForm } from '@shared/domain/name-search-keys';

describe('the search form of a text', () => {
  it('reads ё as е and drops every spelling of the apostrophe', () => {
    expect(searchForm('Фёдор ЁЛКИН')).toBe('федор елкин');
    expect(["Мар'яна", 'Мар’яна', 'Марʼяна', 'Мар`яна', 'Мар‘яна'].map(searchForm)).toEqual(Array(5).fill('маряна'));
  });
});

describe('one skeleton for every spelling of a name', () => {
  it.each([
    ['Kovalenko', 'Коваленко'],
    ['Yuliia', 'Yulia', 'Julia', 'Iuliia', 'Yuliya', 'Юлия', 'Юлія'],
    ['Hryhorii', 'Grigorii', 'Grigoriy', 'Григорий', 'Григорій'],
    ['Oleksandr', 'Aleksandr', 'Alexandr', 'Олександр', 'Александр'],
    ['Andrii', 'Andrei', 'Andrey', 'Андрій', 'Андрей'],
    ['Fyodor', 'Fedor', 'Фёдор', 'Федор'],
    ['Yevhen', 'Evgen', 'Євген', 'Евген'],
    ['Shevchenko', 'Ševčenko', 'Шевченко'],
    ['Shcherbak', 'Scherbak', 'Щербак'],
    ['Tsvetkova', 'Cvetkova', 'Цветкова'],
    ['Mikhail', 'Mihail', 'Михаил'],
    ['Yizhak', 'Izhak', 'Їжак'],
    ['Mariana', 'Maryana', "Mar'iana", 'Марʼяна', 'Мар’яна'],
    ['Andriienko', 'Andrienko', 'Андрієнко'],
  ])('%s', (...spellings) => {
    expect(new Set(spellings.map(latinSkeleton)).size).toBe(1);
  });

  it('keeps different names apart', () => {
    expect(latinSkeleton('Анна')).not.toBe(latinSkeleton('Яна'));
    expect(latinSkeleton('Зоя')).not.toBe(latinSkeleton('Жоя'));
    expect(latinSkeleton('Саша')).not.toBe(latinSkeleton('Сача'));
    expect(latinSkeleton('5521')).toBe('5521');
  });
});

describe('the words that name a person', () => {
  it('are the company’s, not the person’s, when the customer is the company', () => {
    expect(personSearchText({ firstName: '', lastName: '', displayName: 'Олена', company: 'Олена' })).toBe('');
    expect(personSearchText({ firstName: 'Олена', lastName: 'Коваль', displayName: 'Олена Коваль', company: 'Олена' })).toBe(
      'олена коваль alena koval',
    );
  });
});
