import type { Language } from '../domain/language';
import type { ScriptBody, ScriptStep, ScriptText } from './script-schema';

/** A text in the language asked for, else in the script's first language that has it written; null when it is blank everywhere. */
function written(text: ScriptText | undefined, language: Language, fallbacks: readonly Language[]): string | null {
  if (!text) return null;
  for (const candidate of [language, ...fallbacks]) {
    const value = text[candidate]?.trim();
    if (value) return value;
  }
  return null;
}

/**
 * What a supervisor knows a step by: its title; a knowledge card's title; a
 * field's or checkpoint's label. Null when the step has none of them written,
 * and then only its id can name it.
 */
export function stepTitle(step: ScriptStep, language: Language, fallbacks: readonly Language[] = []): string | null {
  if (step.type === 'knowledge') return written(step.title, language, fallbacks);
  const own = written(step.title, language, fallbacks);
  if (own !== null) return own;
  return step.type === 'field' || step.type === 'checkpoint' ? written(step.label, language, fallbacks) : null;
}

/** A step's name as the editor shows it: its title, with the id when another step has the same title; null for a step without a title. */
export interface StepName {
  id: string;
  title: string | null;
  /** Another step has the same title, so the id is needed to tell them apart. */
  ambiguous: boolean;
}

export function stepNames(body: ScriptBody, language: Language): Map<string, StepName> {
  const steps = body.sections.flatMap((section) => section.steps);
  const titles = steps.map((step) => stepTitle(step, language, body.languages));
  const names = new Map<string, StepName>();
  steps.forEach((step, index) => {
    const title = titles[index] ?? null;
    const ambiguous = title !== null && titles.filter((other) => other === title).length > 1;
    if (!names.has(step.id)) names.set(step.id, { id: step.id, title, ambiguous });
  });
  return names;
}
