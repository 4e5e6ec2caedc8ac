import type { Language } from '../domain/language';
import type { Tone } from '../domain/customer';
import type { ScriptBody, ScriptText, SpokenText } from './script-schema';

/** A text in the run's language (validation makes sure every declared language is there). */
export function localText(text: ScriptText, language: Language): string {
  return text[language] ?? Object.values(text)[0] ?? '';
}

export function spokenText(text: SpokenText, tone: Tone, language: Language): string {
  return localText(text[tone], language);
}

/** The customer's language when the script speaks it, then the agent's, then the script's first. */
export function scriptLanguage(body: ScriptBody, ...preferred: (Language | null | undefined)[]): Language {
  return preferred.find((language) => language && body.languages.includes(language)) ?? body.languages[0] ?? 'en';
}
