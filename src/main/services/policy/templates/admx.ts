import { policyKeyNames, policyKeySpec, type PolicyKeyName } from '@shared/policy/policy-keys';
import { registryPolicyKey } from '../registry-policy-source';
import { xmlText } from './xml-text';

/** The two trees Group Policy shows: locked values, and defaults users may change (`…\Recommended`, as Chrome does). */
export const admxLevels = [
  { category: 'Parley', suffix: '', key: registryPolicyKey },
  { category: 'Parley_Recommended', suffix: '_Recommended', key: `${registryPolicyKey}\\Recommended` },
] as const;

/** An ADMX name: letters, digits and underscores. */
export function admxName(key: PolicyKeyName): string {
  return key.replaceAll('.', '_');
}

/** The first part of a key (`sip`, `wrapUp`…) is its sub-category. */
export function groupOf(key: PolicyKeyName): string {
  return key.split('.')[0] ?? key;
}

export const policyGroups = [...new Set(policyKeyNames.map(groupOf))];

function elements(key: PolicyKeyName, id: string, registryKey: string): string {
  const type = policyKeySpec(key).type;
  const name = xmlText(key);
  switch (type.kind) {
    case 'boolean':
      return '';
    case 'integer':
      return `<decimal id="${id}" valueName="${name}" minValue="${type.min}" maxValue="${type.max}" required="true" />`;
    case 'enum': {
      const items = type.values.map((value) => `<item displayName="$(string.${id}_${value})"><value><string>${xmlText(value)}</string></value></item>`);
      return `<enum id="${id}" valueName="${name}" required="true">${items.join('')}</enum>`;
    }
    case 'decimal':
    case 'text':
      return `<text id="${id}" valueName="${name}" maxLength="${type.kind === 'text' ? type.maxLength : 8}" required="true" />`;
    case 'list':
      // Values named 1, 2, 3… under a subkey named after the key: what the registry reader turns back into a list.
      return `<list id="${id}" key="${xmlText(`${registryKey}\\${key}`)}" valuePrefix="" />`;
  }
}

function policy(key: PolicyKeyName, level: (typeof admxLevels)[number]): string {
  const id = admxName(key) + level.suffix;
  const isBoolean = policyKeySpec(key).type.kind === 'boolean';
  const head = `<policy name="${id}" class="Both" displayName="$(string.${admxName(key)})" explainText="$(string.${admxName(key)}_Explain)"`;
  const lines = [
    `    ${head}${isBoolean ? '' : ` presentation="$(presentation.${id})"`} key="${xmlText(level.key)}"${isBoolean ? ` valueName="${xmlText(key)}"` : ''}>`,
    `      <parentCategory ref="${level.category}_${groupOf(key)}" />`,
    '      <supportedOn ref="SUPPORTED_Parley_0_1" />',
  ];
  if (isBoolean) {
    lines.push('      <enabledValue><decimal value="1" /></enabledValue>', '      <disabledValue><decimal value="0" /></disabledValue>');
  } else {
    lines.push(`      <elements>${elements(key, id, level.key)}</elements>`);
  }
  lines.push('    </policy>');
  return lines.join('\n');
}

/** parley.admx: the policy definitions, language-neutral (the words are in the ADML files). */
export function buildAdmx(): string {
  const categories = admxLevels.flatMap((level) => [
    `    <category name="${level.category}" displayName="$(string.${level.category})" />`,
    ...policyGroups.map(
      (group) => `    <category name="${level.category}_${group}" displayName="$(string.Group_${group})"><parentCategory ref="${level.category}" /></category>`,
    ),
  ]);
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<!-- Generated from src/shared/policy/policy-keys.ts by `npm run policy:templates`: do not edit. -->',
    '<policyDefinitions xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" revision="1.0" schemaVersion="1.0" xmlns="http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions">',
    '  <policyNamespaces>',
    '    <target prefix="parley" namespace="Parley.Policies.Console" />',
    '    <using prefix="windows" namespace="Microsoft.Policies.Windows" />',
    '  </policyNamespaces>',
    '  <resources minRequiredRevision="1.0" />',
    '  <supportedOn>',
    '    <definitions>',
    '      <definition name="SUPPORTED_Parley_0_1" displayName="$(string.SUPPORTED_Parley_0_1)" />',
    '    </definitions>',
    '  </supportedOn>',
    '  <categories>',
    ...categories,
    '  </categories>',
    '  <policies>',
    ...admxLevels.flatMap((level) => policyKeyNames.map((key) => policy(key, level))),
    '  </policies>',
    '</policyDefinitions>',
    '',
  ].join('\n');
}
