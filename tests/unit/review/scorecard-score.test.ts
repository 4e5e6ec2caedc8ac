import { describe, expect, it } from 'vitest';
import { scoreEvaluation } from '@shared/scorecards/score';
import { preAnswers } from '@shared/scorecards/pre-answers';
import { serviceStandardScorecard as form } from '@shared/scorecards/service-standard-scorecard';

const allYes = { greeting: 'yes', identification: 'yes', 'problem-restated': 'yes', 'promise-stated': 'yes', tone: 5, 'complaint-handled': 'yes' } as const;

describe('a scorecard’s score', () => {
  it('is 100 % when every item is met, and weighs each item by its weight', () => {
    expect(scoreEvaluation(form, allYes)).toEqual({ percent: 100, failedCritical: [], unanswered: [] });
    // The greeting weighs 10 of 100.
    expect(scoreEvaluation(form, { ...allYes, greeting: 'no' }).percent).toBe(90);
    // Tone 3 of 5 earns half of its 15: (1 − 0.5) × 15 = 7.5 lost.
    expect(scoreEvaluation(form, { ...allYes, tone: 3 }).percent).toBe(92.5);
  });

  it('leaves not-applicable items out of both what was earned and what was possible', () => {
    // No complaint on the call (weight 20): the greeting missed costs 10 of 80.
    expect(scoreEvaluation(form, { ...allYes, 'complaint-handled': 'na', greeting: 'no' }).percent).toBe(87.5);
  });

  it('fails the whole form on a critical item, naming it, whatever the rest scored', () => {
    expect(scoreEvaluation(form, { ...allYes, identification: 'no' })).toEqual({ percent: 0, failedCritical: ['identification'], unanswered: [] });
  });

  it('counts "not applicable" as no on an item that does not allow it, and lists what is unanswered', () => {
    expect(scoreEvaluation(form, { ...allYes, greeting: 'na' }).percent).toBe(90);
    expect(scoreEvaluation(form, { greeting: 'yes' }).unanswered).toEqual(['identification', 'problem-restated', 'promise-stated', 'tone', 'complaint-handled']);
  });
});

describe('answers the call’s script run gives the scorecard', () => {
  it('a section walked with every checkpoint ticked is yes, one with a checkpoint missed no, a complaint section never entered not applicable', () => {
    const answers = preAnswers(form, [
      { kind: 'greeting', entered: true, missedCheckpoints: 0 },
      { kind: 'identification', entered: true, missedCheckpoints: 1 },
      { kind: 'consultation', entered: false, missedCheckpoints: 0 },
      { kind: 'complaint', entered: false, missedCheckpoints: 0 },
    ]);
    expect(answers).toEqual({ greeting: 'yes', identification: 'no', 'problem-restated': 'no', 'complaint-handled': 'na' });
  });

  it('leaves alone what the script cannot say: the tone, and sections the script does not have', () => {
    expect(preAnswers(form, [])).toEqual({});
  });
});
