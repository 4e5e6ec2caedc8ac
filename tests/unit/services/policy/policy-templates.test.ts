import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DOMParser, type Element } from '@xmldom/xmldom';
import { parse, type PlistValue } from 'plist';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { policyExamples } from '../../../../src/main/services/policy/templates/policy-examples';
import { policyTemplates } from '../../../../src/main/services/policy/templates/policy-templates';
import { policyAppId } from '../../../../src/shared/policy/policy-domain';
import { policyKeyNames } from '../../../../src/shared/policy/policy-keys';
import { validatePolicy } from '../../../../src/shared/policy/validate-policy';

const root = resolve(import.meta.dirname, '../../../..');
const templates = policyTemplates(root);
const policyNamespace = 'http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions';

function xml(path: string): Element {
  const errors: string[] = [];
  const document = new DOMParser({ onError: (level, message) => errors.push(`${level}: ${message}`) }).parseFromString(templates.get(path) ?? '', 'text/xml');
  expect(errors, path).toEqual([]);
  const element = document.documentElement;
  if (!element) throw new Error(`${path} has no root element`);
  return element;
}

const all = (element: Element, name: string) => Array.from(element.getElementsByTagNameNS(policyNamespace, name));
const references = (text: string, kind: 'string' | 'presentation') => [...text.matchAll(new RegExp(`\\$\\(${kind}\\.([A-Za-z0-9_]+)\\)`, 'g'))].map((match) => match[1]);

describe('the files generated from the policy schema', () => {
  it('are committed as `npm run policy:templates` writes them (they cannot drift from the schema)', () => {
    for (const [path, text] of templates) expect(readFileSync(join(root, path), 'utf8'), `${path}: run npm run policy:templates`).toBe(text);
  });

  it('make an ADMX in Group Policy’s shape: every key twice (locked, recommended), each in a category that exists', () => {
    const admx = xml('deploy/policy/windows/parley.admx');
    expect(admx.localName).toBe('policyDefinitions');
    const categories = new Set(all(admx, 'category').map((category) => category.getAttribute('name')));
    const policies = all(admx, 'policy');
    expect(policies).toHaveLength(2 * policyKeyNames.length);
    for (const policy of policies) {
      const parent = all(policy, 'parentCategory')[0]?.getAttribute('ref');
      expect(categories.has(parent ?? null), `${policy.getAttribute('name')} → ${parent}`).toBe(true);
      expect(policy.getAttribute('key')).toMatch(/^Software\\Policies\\Parley(\\Recommended)?$/);
    }
    const valueNames = new Set(policies.flatMap((policy) => [policy, ...Array.from(policy.getElementsByTagName('*'))]).map((element) => element.getAttribute('valueName') ?? ''));
    const listKeys = all(admx, 'list').map((list) => list.getAttribute('key') ?? '');
    for (const key of policyKeyNames) expect(valueNames.has(key) || listKeys.some((listKey) => listKey.endsWith(`\\${key}`)), key).toBe(true);
  });

  it('make an ADML per language (en-US, ru-RU, uk-UA) holding every string and presentation the ADMX names', () => {
    const admxText = templates.get('deploy/policy/windows/parley.admx') ?? '';
    const admx = xml('deploy/policy/windows/parley.admx');
    const elementIds = new Set(all(admx, 'elements').flatMap((elements) => Array.from(elements.getElementsByTagName('*')).map((element) => element.getAttribute('id'))));
    for (const locale of ['en-US', 'ru-RU', 'uk-UA']) {
      const adml = xml(`deploy/policy/windows/${locale}/parley.adml`);
      expect(adml.localName).toBe('policyDefinitionResources');
      const strings = new Set(all(adml, 'string').map((string) => string.getAttribute('id')));
      const presentations = all(adml, 'presentation');
      const presentationIds = new Set(presentations.map((presentation) => presentation.getAttribute('id')));
      for (const id of references(admxText, 'string')) expect(strings.has(id ?? null), `${locale}: string ${id}`).toBe(true);
      for (const id of references(admxText, 'presentation')) expect(presentationIds.has(id ?? null), `${locale}: presentation ${id}`).toBe(true);
      for (const presentation of presentations) {
        for (const control of Array.from(presentation.getElementsByTagName('*')).filter((element) => element.hasAttribute('refId'))) {
          expect(elementIds.has(control.getAttribute('refId')), `${locale}: refId ${control.getAttribute('refId')}`).toBe(true);
        }
      }
    }
    expect(templates.get('deploy/policy/windows/uk-UA/parley.adml')).toContain('Постобробка');
  });

  it('make a .mobileconfig whose payload targets the app id of electron-builder.yml and reads back with no problem', () => {
    const builder = parseYaml(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as { appId: string };
    expect(builder.appId).toBe(policyAppId);
    const profile = parse(templates.get('deploy/policy/macos/parley.mobileconfig') ?? '') as { PayloadType: string; PayloadContent: Record<string, PlistValue>[] };
    expect(profile.PayloadType).toBe('Configuration');
    const [payload] = profile.PayloadContent;
    expect(payload?.PayloadType).toBe(policyAppId);
    const layer = validatePolicy(payload, 'mobileconfig');
    expect(layer.problems).toEqual([]);
    expect(Object.keys(layer.mandatory).length + Object.keys(layer.recommended).length).toBe(policyKeyNames.length);
  });

  it('make a sample policy.json in which every key passes its own rule', () => {
    const layer = validatePolicy(JSON.parse(templates.get('deploy/policy/linux/policy.json') ?? ''), 'policy.json');
    expect(layer.problems).toEqual([]);
    expect({ ...layer.mandatory, ...layer.recommended }).toEqual(policyExamples);
  });
});
