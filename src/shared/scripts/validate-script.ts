import { isSafeLink } from './safe-link';
import { isPlaceholderName, placeholdersIn } from './placeholders';
import { findSection, indexSteps, sectionEntry, targetsOf } from './script-graph';
import type { ScriptIssue, ScriptTextPlace } from './script-issue';
import type { ScriptBody, ScriptStep, ScriptText, SpokenText } from './script-schema';

type Found = Omit<ScriptIssue, 'file'>;

/** Every text a step holds, named for the author; spoken texts once per tone. */
function textsOf(step: ScriptStep): { where: string; place: ScriptTextPlace; placeId?: string; text: ScriptText; spoken: boolean }[] {
  const spoken = (text: SpokenText) => [
    { where: 'text.friendly', place: 'phrase-friendly' as const, text: text.friendly, spoken: true },
    { where: 'text.formal', place: 'phrase-formal' as const, text: text.formal, spoken: true },
  ];
  const title = step.type !== 'knowledge' && step.title ? [{ where: 'title', place: 'step-title' as const, text: step.title, spoken: false }] : [];
  switch (step.type) {
    case 'say':
      return [...title, ...spoken(step.text)];
    case 'question':
      return [...title, ...spoken(step.text), ...step.answers.map((answer) => ({ where: `answers.${answer.id}.label`, place: 'answer' as const, placeId: answer.id, text: answer.label, spoken: false }))];
    case 'field':
      return [
        ...title,
        { where: 'label', place: 'field-label', text: step.label, spoken: false },
        ...(step.options ?? []).map((option) => ({ where: `options.${option.id}.label`, place: 'option' as const, placeId: option.id, text: option.label, spoken: false })),
      ];
    case 'checkpoint':
      return [...title, { where: 'label', place: 'checkpoint-label', text: step.label, spoken: false }];
    case 'knowledge':
      return [
        { where: 'title', place: 'knowledge-title', text: step.title, spoken: false },
        { where: 'text', place: 'knowledge-text', text: step.text, spoken: false },
      ];
  }
}

function duplicateIds(body: ScriptBody): Found[] {
  const seen = new Set<string>();
  const issues: Found[] = [];
  const ids = [...body.sections.map((section) => ({ id: section.id, of: 'section' as const })), ...body.sections.flatMap((s) => s.steps.map((step) => ({ id: step.id, of: 'step' as const })))];
  for (const { id, of } of ids) {
    const key = `${of}:${id}`;
    if (seen.has(key)) issues.push({ step: of === 'step' ? id : null, reason: 'duplicate-id', detail: `${of} id "${id}" is used more than once`, facts: { id, of } });
    seen.add(key);
  }
  return issues;
}

function unknownTargets(body: ScriptBody, known: Set<string>): Found[] {
  const issues: Found[] = [];
  if (!known.has(body.start)) issues.push({ step: null, reason: 'unknown-target', detail: `start "${body.start}" is not a step`, facts: { id: body.start, of: 'start' } });
  for (const section of body.sections) {
    for (const step of section.steps) {
      for (const target of targetsOf(step)) {
        if (!known.has(target)) issues.push({ step: step.id, reason: 'unknown-target', detail: `leads to "${target}", which is not a step`, facts: { id: target, of: 'step' } });
      }
    }
  }
  return issues;
}

/**
 * A step no path reaches is text no agent will ever see. Paths start at the
 * script's start and at the head of every section (the agent can jump to any
 * section, and de-escalation is one key away from every step).
 */
function unreachableSteps(body: ScriptBody): Found[] {
  const index = indexSteps(body);
  const reached = new Set<string>();
  const pending = [body.start, ...body.sections.map(sectionEntry)];
  for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
    const located = index.get(id);
    if (!located || reached.has(id)) continue;
    reached.add(id);
    pending.push(...targetsOf(located.step));
  }
  return [...index.keys()].filter((id) => !reached.has(id)).map((id) => ({ step: id, reason: 'unreachable-step', detail: 'no path leads to it' }));
}

function textIssues(body: ScriptBody): Found[] {
  const issues: Found[] = [];
  const check = (step: string | null, found: { where: string; place: ScriptTextPlace; placeId?: string; text: ScriptText; spoken: boolean }) => {
    const { where, place, placeId, text, spoken } = found;
    const at = placeId === undefined ? { place } : { place, placeId };
    for (const language of body.languages) {
      if (text[language] === undefined) issues.push({ step, reason: 'missing-translation', detail: `${where} has no "${language}" text`, facts: { ...at, language } });
    }
    for (const value of Object.values(text)) {
      for (const name of placeholdersIn(value)) {
        // Labels are read by the agent, not spoken: only phrases are filled in.
        if (!spoken || !isPlaceholderName(name)) issues.push({ step, reason: 'unknown-placeholder', detail: `${where} uses {{${name}}}, which nothing provides`, facts: { ...at, placeholder: name } });
      }
    }
  };
  check(null, { where: 'title', place: 'script-title', text: body.title, spoken: false });
  for (const section of body.sections) {
    check(null, { where: `section ${section.id} title`, place: 'section-title', placeId: section.id, text: section.title, spoken: false });
    for (const step of section.steps) for (const found of textsOf(step)) check(step.id, found);
  }
  return issues;
}

function structureIssues(body: ScriptBody): Found[] {
  const issues: Found[] = [];
  for (const kind of ['de-escalation', 'closing'] as const) {
    if (!findSection(body, kind)) issues.push({ step: null, reason: 'missing-section', detail: `every script needs a "${kind}" section`, facts: { sectionKind: kind } });
  }
  for (const step of body.sections.flatMap((section) => section.steps)) {
    if (step.type === 'field' && step.kind === 'choice' && (step.options?.length ?? 0) < 2) {
      issues.push({ step: step.id, reason: 'missing-options', detail: 'a choice field needs at least two options' });
    }
    if (step.type === 'knowledge' && step.url !== undefined && !isSafeLink(step.url)) {
      issues.push({ step: step.id, reason: 'unsafe-link', detail: `the link "${step.url.slice(0, 200)}" is not an https:// address`, facts: { url: step.url.slice(0, 200) } });
    }
  }
  return issues;
}

/** What is wrong with a script that passed its schema: nothing, when it is fit for a live call. */
export function validateScript(body: ScriptBody, file: string): ScriptIssue[] {
  const known = new Set(indexSteps(body).keys());
  return [...duplicateIds(body), ...unknownTargets(body, known), ...unreachableSteps(body), ...textIssues(body), ...structureIssues(body)].map(
    (issue) => ({ file, ...issue }),
  );
}
