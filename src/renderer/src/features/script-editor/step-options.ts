import type { Language } from '@shared/domain/language';
import type { ScriptBody } from '@shared/scripts/script-schema';
import { stepNames } from '@shared/scripts/step-title';

export interface StepOption {
  value: string;
  label: string;
}

/** The steps a step or an answer may lead to, by title (the id alongside when two share one; the id alone, marked, when there is none). */
export function stepOptions(body: ScriptBody, language: Language, untitled: string): StepOption[] {
  return [...stepNames(body, language).values()].map(({ id, title, ambiguous }) => ({
    value: id,
    label: title === null ? `${id} (${untitled})` : ambiguous ? `${title} (${id})` : title,
  }));
}
