/**
 * The vocative (кличний відмінок) of a Ukrainian first name: a Ukrainian
 * speaker is addressed «Олено», «Андрію», «пане Тарасе», never in the
 * nominative. The rules follow the 2019 orthography (§ 84–85) for the endings
 * first names have; the few names whose stem changes are listed.
 */
const stemChanges: Readonly<Record<string, string>> = {
  Федір: 'Федоре',
  Яків: 'Якове',
  Ілля: 'Ілле',
};

const endings: readonly (readonly [RegExp, string])[] = [
  [/ія$/u, 'іє'], // Марія → Маріє, Надія → Надіє
  [/^(\p{L}{1,3})я$/u, '$1ю'], // affectionate short forms: Оля → Олю, Галя → Галю
  [/я$/u, 'е'], // Наталя → Натале
  [/а$/u, 'о'], // Олена → Олено, Микола → Миколо
  [/ко$/u, 'ку'], // Марко → Марку
  [/о$/u, 'е'], // Петро → Петре, Михайло → Михайле
  [/й$/u, 'ю'], // Андрій → Андрію
  [/ь$/u, 'ю'], // Василь → Василю
  [/([гкхжчшщ])$/u, '$1у'], // Олег → Олегу
  [/([бвдзлмнпрстфц])$/u, '$1е'], // Тарас → Тарасе, Любов → Любове
];

export function ukrainianVocative(firstName: string): string {
  const name = firstName.trim();
  const changed = stemChanges[name];
  if (changed) return changed;
  for (const [ending, replacement] of endings) {
    if (ending.test(name)) return name.replace(ending, replacement);
  }
  return name;
}
