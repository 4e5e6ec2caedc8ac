import type { Tone } from '../../domain/customer';
import type { Language } from '../../domain/language';
import type { ScriptStep, ScriptText } from '../script-schema';

/** Which of a step's texts: a phrase in one tone, a label, its title (a knowledge card's title), a card's body, or an answer's or option's label. */
export type TextPlace =
  | { of: 'phrase'; tone: Tone }
  | { of: 'label' }
  | { of: 'title' }
  | { of: 'body' }
  | { of: 'answer'; id: string }
  | { of: 'option'; id: string };

function set(text: ScriptText, language: Language, value: string): ScriptText {
  return { ...text, [language]: value };
}

function misplaced(step: ScriptStep, place: TextPlace): never {
  throw new Error(`A ${step.type} step has no ${place.of} text`);
}

/** A step's own title is optional: emptied in a language it is left out there, and emptied everywhere it is gone (the step goes by its id). */
function withOwnTitle(step: Exclude<ScriptStep, { type: 'knowledge' }>, language: Language, value: string): ScriptStep {
  const others = Object.fromEntries(Object.entries(step.title ?? {}).filter(([other]) => other !== language));
  const title = value === '' ? others : { ...others, [language]: value };
  const changed: Exclude<ScriptStep, { type: 'knowledge' }> = { ...step, title };
  if (Object.keys(title).length === 0) delete changed.title;
  return changed;
}

/** The step with one text in one language replaced. */
export function withText(step: ScriptStep, place: TextPlace, language: Language, value: string): ScriptStep {
  switch (place.of) {
    case 'phrase':
      if (step.type !== 'say' && step.type !== 'question') return misplaced(step, place);
      return { ...step, text: { ...step.text, [place.tone]: set(step.text[place.tone], language, value) } };
    case 'label':
      if (step.type !== 'field' && step.type !== 'checkpoint') return misplaced(step, place);
      return { ...step, label: set(step.label, language, value) };
    case 'title':
      return step.type === 'knowledge' ? { ...step, title: set(step.title, language, value) } : withOwnTitle(step, language, value);
    case 'body':
      if (step.type !== 'knowledge') return misplaced(step, place);
      return { ...step, text: set(step.text, language, value) };
    case 'answer':
      if (step.type !== 'question') return misplaced(step, place);
      return { ...step, answers: step.answers.map((answer) => (answer.id === place.id ? { ...answer, label: set(answer.label, language, value) } : answer)) };
    case 'option':
      if (step.type !== 'field') return misplaced(step, place);
      return { ...step, options: step.options?.map((option) => (option.id === place.id ? { ...option, label: set(option.label, language, value) } : option)) };
  }
}
