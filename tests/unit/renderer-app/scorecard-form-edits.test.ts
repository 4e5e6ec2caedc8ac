import { describe, expect, it } from 'vitest';
import { checkScorecardForm, draftOf } from '@shared/scorecards/scorecard-form-problems';
import { serviceStandardScorecard } from '@shared/scorecards/service-standard-scorecard';
import { movedQuestion, newFormDraft, newQuestion, withoutQuestion, withQuestion } from '../../../src/renderer/src/features/scorecard-editor/form-edits';

const ids = (draft: { questions: { id: string }[] }) => draft.questions.map((question) => question.id);

describe('the form editor’s edits', () => {
  it('adds a question under a code no other question has, and moves, changes and removes questions without touching the rest', () => {
    const form = draftOf(serviceStandardScorecard);
    const added = { ...form, questions: [...form.questions, newQuestion(form)] };
    expect(ids(added).at(-1)).toBe('item-7');
    expect(newQuestion({ ...added, questions: [...added.questions, { ...newQuestion(added), id: 'item-8' }] }).id).toBe('item-9');

    expect(ids(movedQuestion(form, 1, -1)).slice(0, 2)).toEqual(['identification', 'greeting']);
    // At either end nothing moves.
    expect(movedQuestion(form, 0, -1)).toBe(form);
    expect(movedQuestion(form, 5, 1)).toBe(form);
    expect(withQuestion(form, 4, { weight: 30 }).questions[4]).toMatchObject({ id: 'tone', weight: 30 });
    expect(ids(withoutQuestion(form, 0))).toEqual(['identification', 'problem-restated', 'promise-stated', 'tone', 'complaint-handled']);
    // The saved form is untouched by any of it.
    expect(draftOf(serviceStandardScorecard)).toEqual(form);
  });

  it('a new form starts with one empty question, which the rules say must be written', () => {
    const fresh = newFormDraft();
    expect(ids(fresh)).toEqual(['item-1']);
    const checked = checkScorecardForm(fresh);
    expect(checked.ok ? [] : checked.problems.map((problem) => problem.problem)).toEqual(expect.arrayContaining(['bad-slug', 'empty-text']));
  });
});
