import { findSection, indexSteps, sectionEntry, type LocatedStep } from './script-graph';
import type { ScriptBody, ScriptSection } from './script-schema';

/**
 * Where an agent is in a script and what was captured on the way: the steps
 * in the order they were shown (the last is the current one), the values
 * given (a question's answer id, a field's value) and the checkpoints ticked.
 * Every move returns a new walk; nothing here knows about React or the store.
 */
export interface ScriptWalk {
  path: string[];
  values: Record<string, string>;
  ticked: string[];
}

export function startWalk(body: ScriptBody): ScriptWalk {
  return { path: [body.start], values: {}, ticked: [] };
}

export function currentStep(body: ScriptBody, walk: ScriptWalk): LocatedStep {
  const index = indexSteps(body);
  const located = index.get(walk.path.at(-1) ?? body.start) ?? index.get(body.start);
  if (!located) throw new Error(`Script ${body.slug} has no step ${body.start}`);
  return located;
}

function goTo(walk: ScriptWalk, stepId: string): ScriptWalk {
  return walk.path.at(-1) === stepId ? walk : { ...walk, path: [...walk.path, stepId] };
}

/** On to the step's `next`; the walk stays where it is at the end of the script or on a question (an answer chooses). */
export function advance(body: ScriptBody, walk: ScriptWalk): ScriptWalk {
  const { step } = currentStep(body, walk);
  return step.type === 'question' || step.next === undefined ? walk : goTo(walk, step.next);
}

export function canAdvance(body: ScriptBody, walk: ScriptWalk): boolean {
  const { step } = currentStep(body, walk);
  return step.type !== 'question' && step.next !== undefined;
}

/** The customer's answer to the current question, and on down its branch. */
export function chooseAnswer(body: ScriptBody, walk: ScriptWalk, answerId: string): ScriptWalk {
  const { step } = currentStep(body, walk);
  const answer = step.type === 'question' ? step.answers.find((candidate) => candidate.id === answerId) : undefined;
  if (!answer) return walk;
  return goTo({ ...walk, values: { ...walk.values, [step.id]: answerId } }, answer.next);
}

export function setValue(walk: ScriptWalk, stepId: string, value: string): ScriptWalk {
  // An emptied field counts as not filled, so it is left out rather than kept as ''.
  const others = Object.fromEntries(Object.entries(walk.values).filter(([id]) => id !== stepId));
  return { ...walk, values: value.trim() === '' ? others : { ...others, [stepId]: value } };
}

export function setTicked(walk: ScriptWalk, stepId: string, ticked: boolean): ScriptWalk {
  const others = walk.ticked.filter((id) => id !== stepId);
  return { ...walk, ticked: ticked ? [...others, stepId] : others };
}

/** One step back along the path taken (what was captured stays). */
export function goBack(walk: ScriptWalk): ScriptWalk {
  return walk.path.length > 1 ? { ...walk, path: walk.path.slice(0, -1) } : walk;
}

/** To the head of a section (the agent jumps: the customer changed the subject, or got angry). */
export function jumpToSection(body: ScriptBody, walk: ScriptWalk, sectionId: string): ScriptWalk {
  const section = body.sections.find((candidate) => candidate.id === sectionId);
  return section ? goTo(walk, sectionEntry(section)) : walk;
}

/** The sections the call went through, in order of first visit. */
export function visitedSections(body: ScriptBody, walk: ScriptWalk): ScriptSection[] {
  const index = indexSteps(body);
  const sections = walk.path.map((id) => index.get(id)?.section).filter((section) => section !== undefined);
  return [...new Set(sections)];
}

export interface Outstanding {
  /** Required fields on the path taken that are still empty: they block finishing. */
  requiredFields: string[];
  /** Checkpoints of the sections counted (see `OutstandingScope`), not ticked yet. */
  checkpoints: string[];
}

/**
 * Which checkpoints count. While the call goes on, the agent is shown only
 * those of the sections the call has entered: a red list of closing phrases
 * while the phone still rings is noise. Once the run is over, the closing's
 * count too, entered or not (every call closes, and the summary of what will
 * happen and by when is the point of it) — that is what review sees as missed.
 */
export type OutstandingScope = 'sections-reached' | 'whole-call';

/** What is still mandatory. A required field counts once the agent has been shown it. */
export function outstanding(body: ScriptBody, walk: ScriptWalk, scope: OutstandingScope): Outstanding {
  const index = indexSteps(body);
  const onPath = [...new Set(walk.path)];
  const requiredFields = onPath.filter((id) => {
    const step = index.get(id)?.step;
    return step?.type === 'field' && step.required && walk.values[id] === undefined;
  });
  const sections = new Set(visitedSections(body, walk));
  const closing = findSection(body, 'closing');
  if (closing && scope === 'whole-call') sections.add(closing);
  const checkpoints = [...sections]
    .flatMap((section) => section.steps)
    .filter((step) => step.type === 'checkpoint' && !walk.ticked.includes(step.id))
    .map((step) => step.id);
  return { requiredFields, checkpoints };
}

export function canFinish(body: ScriptBody, walk: ScriptWalk): boolean {
  return outstanding(body, walk, 'sections-reached').requiredFields.length === 0;
}
