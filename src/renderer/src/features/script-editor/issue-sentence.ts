import type { ScriptIssue, ScriptIssueFacts } from '@shared/scripts/script-issue';
import { sectionKinds } from '@shared/scripts/script-schema';
import type { StepName } from '@shared/scripts/step-title';

/** i18next's `t`, narrowed to what a sentence needs (a plain function, so that tests can pass any instance's). */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

/** How the script being edited names its steps and sections; without it (a refused file, nothing loaded) ids are all there is. */
export interface ScriptNames {
  step(id: string): StepName | undefined;
  section(id: string): string | undefined;
}

const noNames: ScriptNames = { step: () => undefined, section: () => undefined };
const key = (name: string) => `scriptEditor.problem.${name}`;

/** A step as a sentence names it: by its title, with the id when another step has the same title; an untitled step by its id, marked. */
export function stepNameText(t: Translate, id: string, name: StepName | undefined): string {
  if (!name) return t(key('name.id'), { id });
  if (name.title === null) return t(key('name.untitled'), { id });
  return t(key(name.ambiguous ? 'name.ambiguous' : 'name.titled'), { title: name.title, id });
}

function placeText(t: Translate, facts: ScriptIssueFacts, names: ScriptNames): string {
  const place = facts.place ?? 'step-title';
  const id = facts.placeId ?? '';
  const section = names.section(id);
  return t(key(`place.${place}`), { id, section: section === undefined ? t(key('name.id'), { id }) : t(key('name.titled'), { title: section, id }) });
}

/** Which sentence fits, and with what: where a step may be null, the step's and the script's sentences differ. */
function sentenceOf(issue: ScriptIssue, t: Translate, names: ScriptNames): { name: string; values: Record<string, string | number> } {
  const facts = issue.facts ?? {};
  const inStep = issue.step !== null;
  const withStep = (name: string) => (inStep ? `${name}Step` : name);
  const values: Record<string, string | number> = { step: issue.step === null ? '' : stepNameText(t, issue.step, names.step(issue.step)), id: facts.id ?? '' };
  switch (issue.reason) {
    case 'syntax':
      return facts.line === undefined ? { name: 'syntaxNowhere', values } : { name: 'syntax', values: { line: facts.line, column: facts.column ?? 1 } };
    case 'schema': {
      const field = facts.field ?? '';
      if (field === '' && !inStep) return { name: 'schemaFile', values };
      const problem = facts.problem === 'missing' ? 'Missing' : facts.problem === 'unknown' ? 'Unknown' : 'Invalid';
      return { name: withStep(`schema${problem}`), values: { ...values, field } };
    }
    case 'duplicate-id':
      return { name: facts.of === 'section' ? 'duplicateSection' : 'duplicateStep', values };
    case 'unknown-target':
      return { name: inStep ? 'unknownTarget' : 'unknownStart', values };
    case 'unreachable-step':
      return { name: 'unreachable', values };
    case 'missing-translation':
      return { name: withStep('missingTranslation'), values: { ...values, place: placeText(t, facts, names), language: t(key(`language.${facts.language ?? 'en'}`)) } };
    case 'unknown-placeholder': {
      const spoken = facts.place === 'phrase-friendly' || facts.place === 'phrase-formal';
      return { name: withStep(spoken ? 'placeholder' : 'placeholderInLabel'), values: { ...values, place: placeText(t, facts, names), placeholder: `{{${facts.placeholder ?? ''}}}` } };
    }
    case 'missing-section': {
      const kind = sectionKinds.find((candidate) => candidate === facts.sectionKind);
      return { name: 'missingSection', values: { kind: kind ? t(key(`sectionKind.${kind}`)) : (facts.sectionKind ?? '') } };
    }
    case 'missing-options':
      return { name: 'missingOptions', values };
    case 'unsafe-link':
      return { name: 'unsafeLink', values: { ...values, url: facts.url ?? '' } };
  }
}

/** One finding of the validator as one sentence in the console's language, naming the step by its title. */
export function issueSentence(issue: ScriptIssue, t: Translate, names: ScriptNames = noNames): string {
  const { name, values } = sentenceOf(issue, t, names);
  const sentence = t(key(name), values);
  // A text place may open the sentence ("the script's title has no…"): a sentence starts with a capital.
  return sentence.charAt(0).toLocaleUpperCase() + sentence.slice(1);
}
