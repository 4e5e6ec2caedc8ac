import type { ScriptBody, SectionKind } from '../scripts/script-schema';
import { indexSteps } from '../scripts/script-graph';
import type { ScorecardAnswers, ScorecardForm } from './scorecard-form';

/** What a call's script run says about one kind of section of its script. */
export interface SectionWalk {
  kind: SectionKind;
  /** The agent's path went through a step of it. */
  entered: boolean;
  /** Checkpoints of it the agent did not tick. */
  missedCheckpoints: number;
}

/** Each kind of section the script has, with whether the run entered it and what it missed there. */
export function sectionWalks(body: ScriptBody, path: readonly string[], missedStepIds: readonly string[]): SectionWalk[] {
  const index = indexSteps(body);
  const walks = new Map<SectionKind, SectionWalk>();
  for (const section of body.sections) walks.set(section.kind, walks.get(section.kind) ?? { kind: section.kind, entered: false, missedCheckpoints: 0 });
  for (const stepId of path) {
    const kind = index.get(stepId)?.section.kind;
    const walk = kind === undefined ? undefined : walks.get(kind);
    if (walk) walk.entered = true;
  }
  for (const stepId of missedStepIds) {
    const kind = index.get(stepId)?.section.kind;
    const walk = kind === undefined ? undefined : walks.get(kind);
    if (walk) walk.missedCheckpoints += 1;
  }
  return [...walks.values()];
}

/**
 * The answers a call's script run gives before the supervisor reads a word:
 * a section walked with every checkpoint ticked is "yes", one with a
 * checkpoint missed (or skipped altogether) "no", and a section the call
 * never needed (no complaint on it) "not applicable" where the question
 * allows it. Only yes/no questions tied to a section the script has are
 * pre-answered; the supervisor may change any of them.
 */
export function preAnswers(form: ScorecardForm, walks: readonly SectionWalk[]): ScorecardAnswers {
  const answers: ScorecardAnswers = {};
  for (const question of form.questions) {
    if (question.kind !== 'yes-no' || question.scriptSection === undefined) continue;
    const walk = walks.find((candidate) => candidate.kind === question.scriptSection);
    if (!walk) continue;
    if (!walk.entered) answers[question.id] = question.allowNa ? 'na' : 'no';
    else answers[question.id] = walk.missedCheckpoints === 0 ? 'yes' : 'no';
  }
  return answers;
}
