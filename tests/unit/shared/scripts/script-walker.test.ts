import { describe, expect, it } from 'vitest';
import { parseScriptFile } from '../../../../src/shared/scripts/parse-script-file';
import { capturedAnswers, missedCheckpoints } from '../../../../src/shared/scripts/script-run';
import type { ScriptBody } from '../../../../src/shared/scripts/script-schema';
import { advance, canFinish, chooseAnswer, currentStep, goBack, jumpToSection, outstanding, setTicked, setValue, startWalk } from '../../../../src/shared/scripts/script-walker';
import { fillPlaceholders, phraseText } from '../../../../src/shared/scripts/placeholders';
import { chooseScript } from '../../../../src/shared/scripts/choose-script';
import { validScript, yamlOf } from './fixture-script';

function script(): ScriptBody {
  const parsed = parseScriptFile('small.yaml', yamlOf(validScript()));
  if (!parsed.ok) throw new Error('fixture is broken');
  return parsed.body;
}

describe('walking a script', () => {
  it('follows the branch the customer chose, and goes back along the path taken', () => {
    const body = script();
    let walk = advance(body, startWalk(body));
    expect(currentStep(body, walk).step.id).toBe('reason');
    walk = chooseAnswer(body, walk, 'bill');
    expect(currentStep(body, walk).step.id).toBe('invoice');
    expect(currentStep(body, goBack(walk)).step.id).toBe('reason');
  });

  it('does not let the agent finish while a required field on the path is empty', () => {
    const body = script();
    let walk = chooseAnswer(body, advance(body, startWalk(body)), 'bill');
    expect(canFinish(body, walk)).toBe(false);
    expect(outstanding(body, walk, 'sections-reached').requiredFields).toEqual(['invoice']);
    walk = setValue(walk, 'invoice', 'INV-7');
    expect(canFinish(body, walk)).toBe(true);
  });

  it('jumps to de-escalation from any step, and counts the closing checkpoints as missed until ticked', () => {
    const body = script();
    let walk = jumpToSection(body, startWalk(body), 'calm');
    expect(currentStep(body, walk).section.kind).toBe('de-escalation');
    expect(missedCheckpoints(body, walk, 'en')).toEqual([{ stepId: 'summarized', label: 'Summarized' }]);
    walk = setTicked(walk, 'summarized', true);
    expect(missedCheckpoints(body, walk, 'en')).toEqual([]);
  });

  it('shows the agent only the checkpoints of the sections the call has entered', () => {
    const body = script();
    const ringing = startWalk(body);
    expect(outstanding(body, ringing, 'sections-reached').checkpoints).toEqual([]);
    expect(outstanding(body, ringing, 'whole-call').checkpoints).toEqual(['summarized']);
    const closing = body.sections.find((section) => section.kind === 'closing');
    if (!closing) throw new Error('fixture has no closing');
    const atClosing = jumpToSection(body, ringing, closing.id);
    expect(outstanding(body, atClosing, 'sections-reached').checkpoints).toEqual(['summarized']);
  });

  it('labels what was captured in the run language', () => {
    const body = script();
    const walk = setValue(chooseAnswer(body, advance(body, startWalk(body)), 'bill'), 'invoice', 'INV-7');
    expect(capturedAnswers(body, walk, 'uk').map(({ label, shown }) => [label, shown])).toEqual([
      ['Why? (uk)', 'Bill (uk)'],
      ['Invoice (uk)', 'INV-7'],
    ]);
  });
});

describe('placeholders', () => {
  it('fill in what is known and leave a visible gap for what is not, never "undefined"', () => {
    const parts = fillPlaceholders('Hi {{customer.firstName}}, due {{promise.due}}.', { 'customer.firstName': 'Olena' });
    expect(parts).toEqual([
      { kind: 'text', text: 'Hi ' },
      { kind: 'value', name: 'customer.firstName', text: 'Olena' },
      { kind: 'text', text: ', due ' },
      { kind: 'gap', name: 'promise.due' },
      { kind: 'text', text: '.' },
    ]);
    expect(phraseText(parts)).toBe('Hi Olena, due [promise.due].');
  });
});

describe('choosing the script for a call', () => {
  const scripts = [
    { slug: 'any', body: { rules: {} } },
    { slug: 'inbound', body: { rules: { direction: 'inbound' as const } } },
    { slug: 'vip-inbound', body: { rules: { direction: 'inbound' as const, tiers: ['vip' as const] } } },
    { slug: 'complaints-line', body: { rules: { numbers: ['complaints'] } } },
  ];
  it('takes the most specific rules that fit', () => {
    expect(chooseScript(scripts, { direction: 'inbound', number: null, tier: 'vip' })?.slug).toBe('vip-inbound');
    expect(chooseScript(scripts, { direction: 'inbound', number: null, tier: 'standard' })?.slug).toBe('inbound');
    expect(chooseScript(scripts, { direction: 'outbound', number: null, tier: null })?.slug).toBe('any');
    expect(chooseScript(scripts, { direction: 'outbound', number: 'complaints', tier: null })?.slug).toBe('complaints-line');
  });
});
