import type { Language } from '@shared/domain/language';
import { russianToLatin, ukrainianToLatin } from '@shared/domain/cyrillic-to-latin';
import type { SeededRandom } from './seeded-random';

export type Sex = 'female' | 'male';

export interface PersonName {
  text: string;
  /** Latin form for e-mail addresses. */
  latin: string;
}

/**
 * A local team judges demo data by its names (LANGUAGE.md): names are the
 * country's common ones, listed commonest first and picked with that skew, so
 * that a hundred customers look like a hundred callers, not a name dictionary.
 */
export interface NamePool {
  firstNames: Record<Sex, readonly PersonName[]>;
  /** Russian and Ukrainian surnames agree with the person's sex (Петров / Петрова). */
  lastNames: Record<Sex, readonly PersonName[]>;
  /** Russian and Ukrainian patronymics, from fathers' common names; none in English. */
  patronymics: Record<Sex, readonly string[]>;
  /** Companies with their legal form: ООО «…», ТОВ «…», … LLC. */
  companies: readonly string[];
  /** How a sole trader is written: «ИП Смирнов А. В.», «ФОП Коваленко О. П.»; null where the form is not used. */
  soleTrader: string | null;
  emailDomains: readonly string[];
}

/** Russian surnames in -ов/-ев/-ин take -а for a woman. */
const russianSurnames = [
  'Иванов', 'Смирнов', 'Кузнецов', 'Попов', 'Васильев', 'Петров', 'Соколов', 'Михайлов', 'Новиков', 'Фёдоров',
  'Морозов', 'Волков', 'Алексеев', 'Лебедев', 'Семёнов', 'Егоров', 'Павлов', 'Козлов', 'Степанов', 'Николаев',
  'Орлов', 'Андреев', 'Макаров', 'Никитин', 'Захаров', 'Зайцев', 'Соловьёв', 'Борисов', 'Яковлев', 'Григорьев',
  'Романов', 'Воробьёв', 'Сергеев', 'Кузьмин', 'Фролов', 'Александров', 'Дмитриев', 'Королёв', 'Гусев', 'Киселёв',
  'Ильин', 'Максимов', 'Поляков', 'Сорокин', 'Виноградов', 'Ковалёв', 'Белов', 'Медведев', 'Антонов', 'Тарасов',
].map((male) => [male, `${male}а`] as const);

/** Most Ukrainian surnames (-енко, -ук, -ник) are the same for both sexes; -ський takes -ська. */
const ukrainianSurnames = [
  ...[
    'Мельник', 'Шевченко', 'Коваленко', 'Бондаренко', 'Ткаченко', 'Кравченко', 'Олійник', 'Шевчук', 'Поліщук', 'Бойко',
    'Ткачук', 'Савченко', 'Лисенко', 'Руденко', 'Мороз', 'Марченко', 'Петренко', 'Клименко', 'Павленко', 'Кравчук',
    'Гончаренко', 'Левченко', 'Харченко', 'Карпенко', 'Кузьменко', 'Романенко', 'Литвиненко', 'Савчук', 'Коваль', 'Бондар',
    'Гриценко', 'Василенко', 'Федоренко', 'Сидоренко', 'Ковальчук', 'Мазур', 'Кушнір', 'Гуменюк', 'Тимошенко', 'Яковенко',
  ].map((surname) => [surname, surname] as const),
  ['Ковальський', 'Ковальська'], ['Вишневський', 'Вишневська'], ['Зелінський', 'Зелінська'], ['Білий', 'Біла'],
] as const;

const englishSurnames = [
  'Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez',
  'Hernandez', 'Lopez', 'Wilson', 'Anderson', 'Thomas', 'Taylor', 'Moore', 'Jackson', 'Martin', 'Lee',
  'Thompson', 'White', 'Harris', 'Clark', 'Lewis', 'Robinson', 'Walker', 'Young', 'Allen', 'King',
  'Wright', 'Scott', 'Hill', 'Green', 'Adams', 'Baker', 'Nelson', 'Carter', 'Mitchell', 'Roberts',
].map((surname) => [surname, surname] as const);

interface Source {
  firstNames: Record<Sex, readonly string[]>;
  lastNames: readonly (readonly [male: string, female: string])[];
  patronymics: readonly (readonly [male: string, female: string])[];
  companies: readonly string[];
  soleTrader: string | null;
  emailDomains: readonly string[];
  latin: (text: string) => string;
}

const sources: Record<Language, Source> = {
  en: {
    firstNames: {
      female: ['Mary', 'Jennifer', 'Linda', 'Elizabeth', 'Patricia', 'Susan', 'Jessica', 'Sarah', 'Karen', 'Emily', 'Lisa', 'Nancy',
        'Michelle', 'Ashley', 'Amanda', 'Melissa', 'Stephanie', 'Rebecca', 'Laura', 'Emma', 'Olivia', 'Sophia', 'Hannah', 'Rachel'],
      male: ['James', 'Robert', 'John', 'Michael', 'David', 'William', 'Richard', 'Joseph', 'Thomas', 'Christopher', 'Daniel', 'Matthew',
        'Anthony', 'Mark', 'Steven', 'Andrew', 'Joshua', 'Kevin', 'Brian', 'Ryan', 'Jacob', 'Ethan', 'Noah', 'Tyler'],
    },
    lastNames: englishSurnames,
    patronymics: [],
    companies: ['Blue Ridge Supply Co.', 'Lakeside Dental Group', 'Pioneer Plumbing LLC', 'Summit Realty Partners', 'Maple Street Bakery',
      'Redwood Analytics Inc.', 'Coastal Home Services LLC', 'Granite State Builders Inc.', 'Harbor View Veterinary Clinic', 'Prairie Wind Farms LLC'],
    soleTrader: null,
    emailDomains: ['gmail.com', 'outlook.com', 'yahoo.com', 'icloud.com', 'proton.me'],
    latin: (text) => text,
  },
  ru: {
    firstNames: {
      female: ['Елена', 'Ольга', 'Наталья', 'Татьяна', 'Анна', 'Ирина', 'Екатерина', 'Мария', 'Светлана', 'Юлия', 'Анастасия', 'Марина',
        'Евгения', 'Дарья', 'Ксения', 'Алёна', 'Виктория', 'Людмила', 'Надежда', 'Галина', 'Валентина', 'Оксана', 'Алина', 'Полина',
        'Софья', 'Вера', 'Любовь', 'Кристина', 'Елизавета', 'Анжела'],
      male: ['Александр', 'Сергей', 'Дмитрий', 'Андрей', 'Алексей', 'Максим', 'Иван', 'Евгений', 'Михаил', 'Владимир', 'Николай',
        'Артём', 'Игорь', 'Павел', 'Роман', 'Денис', 'Олег', 'Никита', 'Кирилл', 'Виктор', 'Антон', 'Юрий', 'Илья', 'Егор',
        'Константин', 'Вадим', 'Григорий', 'Фёдор', 'Пётр', 'Семён'],
    },
    lastNames: russianSurnames,
    patronymics: [
      ['Александрович', 'Александровна'], ['Сергеевич', 'Сергеевна'], ['Владимирович', 'Владимировна'], ['Николаевич', 'Николаевна'],
      ['Андреевич', 'Андреевна'], ['Алексеевич', 'Алексеевна'], ['Викторович', 'Викторовна'], ['Михайлович', 'Михайловна'],
      ['Юрьевич', 'Юрьевна'], ['Игоревич', 'Игоревна'], ['Дмитриевич', 'Дмитриевна'], ['Анатольевич', 'Анатольевна'],
      ['Евгеньевич', 'Евгеньевна'], ['Иванович', 'Ивановна'], ['Петрович', 'Петровна'], ['Васильевич', 'Васильевна'],
      ['Олегович', 'Олеговна'], ['Валерьевич', 'Валерьевна'], ['Геннадьевич', 'Геннадьевна'], ['Павлович', 'Павловна'],
      ['Борисович', 'Борисовна'], ['Вячеславович', 'Вячеславовна'], ['Фёдорович', 'Фёдоровна'], ['Ильич', 'Ильинична'],
    ],
    companies: ['ООО «Вектор»', 'ООО «Стройресурс»', 'ООО «Техносервис»', 'ООО «Домашний уют»', 'ООО «Промснаб»',
      'ООО «Северная звезда»', 'ООО «Зелёный сад»', 'ООО «Альфа-Логистик»', 'АО «Волжский хлебозавод»', 'ООО «Кофейня на углу»'],
    soleTrader: 'ИП',
    emailDomains: ['mail.ru', 'yandex.ru', 'gmail.com', 'rambler.ru', 'bk.ru'],
    latin: russianToLatin,
  },
  uk: {
    firstNames: {
      female: ['Олена', 'Наталія', 'Оксана', 'Тетяна', 'Ірина', 'Юлія', 'Марія', 'Анна', 'Світлана', 'Ольга', 'Людмила', 'Галина',
        'Вікторія', 'Анастасія', 'Катерина', 'Валентина', 'Надія', 'Алла', 'Інна', 'Лариса', 'Софія', 'Христина', 'Дарина', 'Мар’яна',
        'Ганна', 'Віра', 'Любов', 'Яна', 'Діана', 'Олександра'],
      male: ['Олександр', 'Андрій', 'Сергій', 'Володимир', 'Дмитро', 'Іван', 'Михайло', 'Микола', 'Віктор', 'Юрій', 'Василь', 'Олег',
        'Максим', 'Богдан', 'Петро', 'Ігор', 'Віталій', 'Тарас', 'Роман', 'Павло', 'Ярослав', 'Артем', 'Денис', 'Євген', 'Назар',
        'Остап', 'Данило', 'Степан', 'Олексій', 'Владислав'],
    },
    lastNames: ukrainianSurnames,
    patronymics: [
      ['Олександрович', 'Олександрівна'], ['Сергійович', 'Сергіївна'], ['Володимирович', 'Володимирівна'], ['Миколайович', 'Миколаївна'],
      ['Андрійович', 'Андріївна'], ['Іванович', 'Іванівна'], ['Васильович', 'Василівна'], ['Петрович', 'Петрівна'],
      ['Вікторович', 'Вікторівна'], ['Михайлович', 'Михайлівна'], ['Юрійович', 'Юріївна'], ['Анатолійович', 'Анатоліївна'],
      ['Олегович', 'Олегівна'], ['Григорович', 'Григорівна'], ['Степанович', 'Степанівна'], ['Богданович', 'Богданівна'],
      ['Ярославович', 'Ярославівна'], ['Дмитрович', 'Дмитрівна'], ['Павлович', 'Павлівна'], ['Ігорович', 'Ігорівна'],
      ['Валерійович', 'Валеріївна'], ['Віталійович', 'Віталіївна'], ['Леонідович', 'Леонідівна'], ['Романович', 'Романівна'],
    ],
    companies: ['ТОВ «Будмайстер»', 'ТОВ «Агросвіт»', 'ТОВ «Техноплюс»', 'ТОВ «Теплий дім»', 'ТОВ «Зелений світ»',
      'ТОВ «Смачна кава»', 'ТОВ «Світанок»', 'ТОВ «Карпатські ліки»', 'ПрАТ «Полтавський хлібозавод»', 'ТОВ «Дніпровська логістика»'],
    soleTrader: 'ФОП',
    emailDomains: ['ukr.net', 'gmail.com', 'i.ua', 'meta.ua', 'outlook.com'],
    latin: ukrainianToLatin,
  },
};

const named = (latin: (text: string) => string) => (text: string): PersonName => ({
  text,
  latin: latin(text).toLowerCase().replace(/[^a-z]/g, ''),
});

const pools = new Map<Language, NamePool>();

export function namePool(language: Language): NamePool {
  const cached = pools.get(language);
  if (cached) return cached;
  const source = sources[language];
  const name = named(source.latin);
  const pool: NamePool = {
    firstNames: { female: source.firstNames.female.map(name), male: source.firstNames.male.map(name) },
    lastNames: { male: source.lastNames.map(([male]) => name(male)), female: source.lastNames.map(([, female]) => name(female)) },
    patronymics: { male: source.patronymics.map(([male]) => male), female: source.patronymics.map(([, female]) => female) },
    companies: source.companies,
    soleTrader: source.soleTrader,
    emailDomains: source.emailDomains,
  };
  pools.set(language, pool);
  return pool;
}

/**
 * One of a list ordered commonest first, skewed towards its head: the index
 * is n·u² for a uniform u, so the first tenth of the list is picked about a
 * third of the time, as the commonest names are in a real customer base.
 */
export function pickCommon<T>(random: SeededRandom, items: readonly T[]): T {
  const u = random.next();
  return items[Math.floor(items.length * u * u)] as T;
}
