import type { ScriptBody, ScriptSection, ScriptStep } from './script-schema';

export interface LocatedStep {
  step: ScriptStep;
  section: ScriptSection;
}

/** Steps by id (the first of a duplicated id wins; the validator rejects duplicates). */
export function indexSteps(body: ScriptBody): Map<string, LocatedStep> {
  const index = new Map<string, LocatedStep>();
  for (const section of body.sections) {
    for (const step of section.steps) if (!index.has(step.id)) index.set(step.id, { step, section });
  }
  return index;
}

/** Where a step may lead: its `next`, or each answer's. */
export function targetsOf(step: ScriptStep): string[] {
  if (step.type === 'question') return step.answers.map((answer) => answer.next);
  return step.next === undefined ? [] : [step.next];
}

/** The first step of a section: where a jump to it lands. */
export function sectionEntry(section: ScriptSection): string {
  const first = section.steps[0];
  if (!first) throw new Error(`Section ${section.id} has no steps`);
  return first.id;
}

export function findSection(body: ScriptBody, kind: ScriptSection['kind']): ScriptSection | undefined {
  return body.sections.find((section) => section.kind === kind);
}

/** The steps whose `next` or an answer leads to a step, each named once. */
export function stepsLeadingTo(body: ScriptBody, id: string): string[] {
  const sources = body.sections.flatMap((section) => section.steps).filter((step) => step.id !== id && targetsOf(step).includes(id));
  return sources.map((step) => step.id);
}
