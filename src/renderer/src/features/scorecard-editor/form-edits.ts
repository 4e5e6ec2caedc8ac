import type { ScorecardFormDraft, ScorecardQuestionDraft } from '@shared/scorecards/scorecard-form-draft';

const emptyWords = () => ({ en: '', ru: '', uk: '' });

/** A new yes/no question under a code no other question of the form has (`item-1`, `item-2`…). */
export function newQuestion(draft: ScorecardFormDraft): ScorecardQuestionDraft {
  const taken = new Set(draft.questions.map((question) => question.id));
  let n = draft.questions.length + 1;
  while (taken.has(`item-${n}`)) n += 1;
  return { id: `item-${n}`, title: emptyWords(), text: emptyWords(), kind: 'yes-no', allowNa: false, weight: 10, critical: false };
}

/** A form not saved yet: a code to choose, a name and one question to write. */
export function newFormDraft(): ScorecardFormDraft {
  const draft: ScorecardFormDraft = { slug: '', title: emptyWords(), questions: [] };
  return { ...draft, questions: [newQuestion(draft)] };
}

export function withQuestion(draft: ScorecardFormDraft, index: number, change: Partial<ScorecardQuestionDraft>): ScorecardFormDraft {
  return { ...draft, questions: draft.questions.map((question, at) => (at === index ? { ...question, ...change } : question)) };
}

/** The question at `index` swapped with its neighbour above (-1) or below (+1); unchanged at either end. */
export function movedQuestion(draft: ScorecardFormDraft, index: number, by: -1 | 1): ScorecardFormDraft {
  const target = index + by;
  const moving = draft.questions[index];
  const neighbour = draft.questions[target];
  if (moving === undefined || neighbour === undefined) return draft;
  const questions = [...draft.questions];
  questions[target] = moving;
  questions[index] = neighbour;
  return { ...draft, questions };
}

export function withoutQuestion(draft: ScorecardFormDraft, index: number): ScorecardFormDraft {
  return { ...draft, questions: draft.questions.filter((_, at) => at !== index) };
}
