import { describe, expect, it } from 'vitest';
import { checkScript } from '../../../../src/shared/scripts/parse-script-file';
import { addAnswer } from '../../../../src/shared/scripts/editing/add-answer';
import { addStep } from '../../../../src/shared/scripts/editing/add-step';
import { moveStep } from '../../../../src/shared/scripts/editing/move-step';
import { removeAnswer } from '../../../../src/shared/scripts/editing/remove-answer';
import { removeStep } from '../../../../src/shared/scripts/editing/remove-step';
import type { ScriptEditResult } from '../../../../src/shared/scripts/editing/script-edit-result';
import { updateStep } from '../../../../src/shared/scripts/editing/update-step';
import { withNext } from '../../../../src/shared/scripts/editing/with-next';
import { withText } from '../../../../src/shared/scripts/editing/with-text';
import { scriptBodySchema, type ScriptBody, type ScriptStep } from '../../../../src/shared/scripts/script-schema';
import { validScript } from './fixture-script';

const script = (): ScriptBody => scriptBodySchema.parse(validScript());

function changed(result: ScriptEditResult): ScriptBody {
  if (!result.ok) throw new Error(`refused: ${result.problem}`);
  return result.body;
}

function stepOf(body: ScriptBody, id: string): ScriptStep {
  const found = body.sections.flatMap((section) => section.steps).find((step) => step.id === id);
  if (!found) throw new Error(`no step ${id}`);
  return found;
}

const issuesOf = (body: ScriptBody) => {
  const checked = checkScript('form', body);
  return checked.ok ? [] : checked.issues;
};

describe('editing a script in the form', () => {
  it('a phrase changed in one language and tone changes only that text, and the script stays valid', () => {
    const body = updateStep(script(), 'hello', (step) => withText(step, { of: 'phrase', tone: 'friendly' }, 'en', 'Hello there'));
    expect(stepOf(body, 'hello')).toMatchObject({ text: { friendly: { en: 'Hello there', uk: 'Hi {{customer.firstName}} (uk)' }, formal: { en: 'Hi {{customer.firstName}}, formally' } } });
    expect(stepOf(script(), 'hello')).toMatchObject({ text: { friendly: { en: 'Hi {{customer.firstName}}' } } });
    expect(issuesOf(body)).toEqual([]);
  });

  it('a text emptied is pointed out at its step', () => {
    const body = updateStep(script(), 'invoice', (step) => withText(step, { of: 'label' }, 'uk', ''));
    expect(issuesOf(body)).toContainEqual(expect.objectContaining({ step: 'invoice', reason: 'schema' }));
  });

  it('an answer label is changed by the answer id', () => {
    const body = updateStep(script(), 'reason', (step) => withText(step, { of: 'answer', id: 'other' }, 'en', 'Something else'));
    expect(stepOf(body, 'reason')).toMatchObject({ answers: [{ id: 'bill', label: { en: 'Bill' } }, { id: 'other', label: { en: 'Something else' } }] });
  });

  it('a text the step does not have is a bug, not a silent change', () => {
    expect(() => withText(stepOf(script(), 'bye'), { of: 'label' }, 'en', 'x')).toThrow(/say step has no label/);
  });

  it('a new step is added at the end of its section with blank texts in every language, and the validator asks for them and for a path to it', () => {
    const body = changed(addStep(script(), 'closing', 'offer', 'say'));
    expect(body.sections.find((section) => section.id === 'closing')?.steps.map((step) => step.id)).toEqual(['bye', 'summarized', 'offer']);
    expect(stepOf(body, 'offer')).toEqual({ id: 'offer', type: 'say', text: { friendly: { en: '', uk: '' }, formal: { en: '', uk: '' } } });
    expect(issuesOf(body)).toEqual(expect.arrayContaining([expect.objectContaining({ step: 'offer', reason: 'schema' })]));
  });

  it('a new step needs an id of its own in the form step ids take', () => {
    expect(addStep(script(), 'closing', 'bye', 'checkpoint')).toMatchObject({ ok: false, problem: 'duplicate-id' });
    expect(addStep(script(), 'closing', 'Say Bye', 'checkpoint')).toMatchObject({ ok: false, problem: 'invalid-id' });
  });

  it('a step other steps lead to is not removed, and the refusal names them', () => {
    expect(removeStep(script(), 'bye')).toEqual({ ok: false, problem: 'led-to', steps: ['reason', 'invoice', 'calm-down'] });
    expect(removeStep(script(), 'hello')).toMatchObject({ ok: false, problem: 'is-start' });
    expect(removeStep(script(), 'calm-down')).toMatchObject({ ok: false, problem: 'only-step' });
  });

  it('a step nothing leads to is removed, and the script is valid again', () => {
    const body = changed(removeStep(changed(addStep(script(), 'closing', 'offer', 'checkpoint')), 'offer'));
    expect(body).toEqual(script());
    expect(issuesOf(body)).toEqual([]);
  });

  it('a question gets a new branch to a chosen step, whose label the validator asks for until written', () => {
    const body = changed(addAnswer(script(), 'reason', 'complaint', 'calm-down'));
    expect(stepOf(body, 'reason')).toMatchObject({ answers: [{ id: 'bill' }, { id: 'other' }, { id: 'complaint', label: { en: '', uk: '' }, next: 'calm-down' }] });
    expect(issuesOf(body)).toContainEqual(expect.objectContaining({ step: 'reason', reason: 'schema' }));
    const labelled = ['en', 'uk'] as const;
    const written = labelled.reduce((current, language) => updateStep(current, 'reason', (step) => withText(step, { of: 'answer', id: 'complaint' }, language, 'Complaint')), body);
    expect(issuesOf(written)).toEqual([]);
    expect(addAnswer(script(), 'reason', 'bill', 'bye')).toMatchObject({ ok: false, problem: 'duplicate-id' });
  });

  it('a branch removed is gone, and a question left with one answer is pointed out', () => {
    const body = removeAnswer(script(), 'reason', 'bill');
    expect(stepOf(body, 'reason')).toMatchObject({ answers: [{ id: 'other' }] });
    expect(issuesOf(body)).toContainEqual(expect.objectContaining({ step: 'reason', reason: 'schema' }));
  });

  it('a step moves within its section and stays put at either end', () => {
    const ids = (body: ScriptBody) => body.sections.find((section) => section.id === 'closing')?.steps.map((step) => step.id);
    expect(ids(moveStep(script(), 'summarized', -1))).toEqual(['summarized', 'bye']);
    expect(ids(moveStep(script(), 'summarized', 1))).toEqual(['bye', 'summarized']);
  });
});

describe('where a step leads', () => {
  it('is changed for a step, or for one answer of a question, and a step without a next ends the script', () => {
    expect(withNext(stepOf(script(), 'invoice'), 'summarized')).toMatchObject({ next: 'summarized' });
    expect(withNext(stepOf(script(), 'invoice'), undefined)).not.toHaveProperty('next');
    expect(withNext(stepOf(script(), 'reason'), 'calm-down', 'other')).toMatchObject({ answers: [{ id: 'bill', next: 'invoice' }, { id: 'other', next: 'calm-down' }] });
  });
});
