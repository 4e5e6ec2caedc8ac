import type { Language, LocalizedLabel } from '@shared/domain/language';
import { policyKeyNames, policyKeySpec, type PolicyKeyName } from '@shared/policy/policy-keys';
import { admxLevels, admxName, policyGroups } from './admx';
import { xmlText } from './xml-text';

/** The ADML folders Group Policy looks in, per console language. */
export const admlLocales: Record<Language, string> = { en: 'en-US', ru: 'ru-RU', uk: 'uk-UA' };

const fixedStrings: Record<string, LocalizedLabel> = {
  Parley: { en: 'Parley', ru: 'Parley', uk: 'Parley' },
  Parley_Recommended: {
    en: 'Parley — defaults users may change',
    ru: 'Parley — значения по умолчанию, которые пользователь может изменить',
    uk: 'Parley — типові значення, які користувач може змінити',
  },
  SUPPORTED_Parley_0_1: { en: 'Parley 0.1 and later', ru: 'Parley 0.1 и новее', uk: 'Parley 0.1 і новіші' },
};

const groupNames: Record<string, LocalizedLabel> = {
  sip: { en: 'Phone (SIP)', ru: 'Телефония (SIP)', uk: 'Телефонія (SIP)' },
  crm: { en: 'CRM', ru: 'CRM', uk: 'CRM' },
  language: { en: 'Language', ru: 'Язык', uk: 'Мова' },
  wrapUp: { en: 'Wrap-up', ru: 'Постобработка', uk: 'Постобробка' },
  monitoring: { en: 'Supervisor monitoring', ru: 'Контроль супервизора', uk: 'Контроль супервізора' },
  roster: { en: 'Roster', ru: 'Список сотрудников', uk: 'Список працівників' },
  recording: { en: 'Call recording', ru: 'Запись звонков', uk: 'Запис дзвінків' },
  updates: { en: 'Updates', ru: 'Обновления', uk: 'Оновлення' },
  log: { en: 'Log', ru: 'Журнал', uk: 'Журнал' },
  links: { en: 'Links', ru: 'Ссылки', uk: 'Посилання' },
  audio: { en: 'Audio', ru: 'Звук', uk: 'Звук' },
  callQuality: { en: 'Call quality', ru: 'Качество связи', uk: 'Якість зв’язку' },
};

const keyLine: LocalizedLabel = { en: 'Policy key', ru: 'Ключ политики', uk: 'Ключ політики' };

function presentation(key: PolicyKeyName, id: string, language: Language): string | null {
  const spec = policyKeySpec(key);
  const label = xmlText(spec.title[language]);
  switch (spec.type.kind) {
    case 'boolean':
      return null;
    case 'integer':
      return `<decimalTextBox refId="${id}">${label}</decimalTextBox>`;
    case 'enum':
      return `<dropdownList refId="${id}" noSort="true">${label}</dropdownList>`;
    case 'decimal':
    case 'text':
      return `<textBox refId="${id}"><label>${label}</label></textBox>`;
    case 'list':
      return `<listBox refId="${id}">${label}</listBox>`;
  }
}

/** One ADML file: the words of parley.admx in one language. */
export function buildAdml(language: Language): string {
  const strings: [string, string][] = [
    ...Object.entries(fixedStrings).map(([id, text]) => [id, text[language]] as [string, string]),
    ...policyGroups.map((group) => [`Group_${group}`, (groupNames[group] ?? { en: group, ru: group, uk: group })[language]] as [string, string]),
  ];
  for (const key of policyKeyNames) {
    const spec = policyKeySpec(key);
    strings.push([admxName(key), spec.title[language]], [`${admxName(key)}_Explain`, `${spec.description[language]}\n\n${keyLine[language]}: ${key}`]);
    if (spec.type.kind === 'enum') {
      for (const level of admxLevels) for (const value of spec.type.values) strings.push([`${admxName(key)}${level.suffix}_${value}`, value]);
    }
  }
  const presentations = admxLevels.flatMap((level) =>
    policyKeyNames.flatMap((key) => {
      const id = admxName(key) + level.suffix;
      const element = presentation(key, id, language);
      return element ? [`      <presentation id="${id}">${element}</presentation>`] : [];
    }),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<!-- Generated from src/shared/policy/policy-keys.ts by `npm run policy:templates`: do not edit. -->',
    '<policyDefinitionResources xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" revision="1.0" schemaVersion="1.0" xmlns="http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions">',
    `  <displayName>${xmlText(fixedStrings.Parley?.[language] ?? 'Parley')}</displayName>`,
    `  <description>${xmlText(fixedStrings.Parley?.[language] ?? 'Parley')}</description>`,
    '  <resources>',
    '    <stringTable>',
    ...strings.map(([id, text]) => `      <string id="${id}">${xmlText(text)}</string>`),
    '    </stringTable>',
    '    <presentationTable>',
    ...presentations,
    '    </presentationTable>',
    '  </resources>',
    '</policyDefinitionResources>',
    '',
  ].join('\n');
}
