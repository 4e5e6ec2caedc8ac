import { describe, expect, it } from 'vitest';
import { scriptBodySchema } from '../../../../src/shared/scripts/script-schema';
import { stepNames, stepTitle } from '../../../../src/shared/scripts/step-title';
import { validScript } from './fixture-script';

const body = () => scriptBodySchema.parse(validScript());

describe('a step, as the editor names it', () => {
  it('goes by its own title in the language asked for, else in the script’s languages, else by a field’s or checkpoint’s label', () => {
    const script = body();
    const steps = script.sections.flatMap((section) => section.steps);
    const [first] = steps;
    if (!first) throw new Error('the fixture has no steps');
    expect(stepTitle({ ...first, title: { en: 'Greeting', uk: 'Привітання' } }, 'uk')).toBe('Привітання');
    expect(stepTitle({ ...first, title: { en: 'Greeting' } }, 'ru', script.languages)).toBe('Greeting');
    const field = steps.find((step) => step.type === 'field');
    expect(field && stepTitle(field, 'en')).toBe(field?.type === 'field' ? field.label.en : null);
  });

  it('has no title when nothing is written, and then only its id names it', () => {
    const say = body().sections.flatMap((section) => section.steps).find((step) => step.type === 'say' && step.title === undefined);
    expect(say && stepTitle(say, 'en')).toBeNull();
    expect(say && stepTitle({ ...say, title: { en: '  ' } }, 'en')).toBeNull();
  });

  it('carries its id when another step has the same title', () => {
    const script = body();
    const titled = (id: string, title: string) => {
      for (const section of script.sections) section.steps = section.steps.map((step) => (step.id === id && step.type !== 'knowledge' ? { ...step, title: { en: title } } : step));
    };
    titled('hello', 'Same');
    titled('calm-down', 'Same');
    titled('bye', 'Goodbye');
    const names = stepNames(script, 'en');
    expect(names.get('hello')).toEqual({ id: 'hello', title: 'Same', ambiguous: true });
    expect(names.get('calm-down')).toEqual({ id: 'calm-down', title: 'Same', ambiguous: true });
    expect(names.get('bye')).toEqual({ id: 'bye', title: 'Goodbye', ambiguous: false });
    expect(names.get('reason')).toEqual({ id: 'reason', title: null, ambiguous: false });
  });
});
