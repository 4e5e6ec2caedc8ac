import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { supportedLanguages } from '@shared/domain/language';
import { scriptIssueReasons, scriptTextPlaces, type ScriptIssue, type ScriptIssueFacts } from '@shared/scripts/script-issue';
import { issueSentence, type ScriptNames } from '../../../src/renderer/src/features/script-editor/issue-sentence';
import en from '../../../src/renderer/src/locales/en.json';
import ru from '../../../src/renderer/src/locales/ru.json';
import uk from '../../../src/renderer/src/locales/uk.json';

const translations = { en, ru, uk };

async function translator(language: (typeof supportedLanguages)[number]) {
  const instance = i18next.createInstance();
  await instance.init({ resources: { [language]: { translation: translations[language] } }, lng: language, interpolation: { escapeValue: false } });
  return (key: string, values?: Record<string, string | number>) => instance.t(key, values);
}

const names: ScriptNames = {
  step: (id) => (id === 'hello' ? { id, title: 'Greeting', ambiguous: false } : id === 'twin' ? { id, title: 'Twin', ambiguous: true } : { id, title: null, ambiguous: false }),
  section: (id) => (id === 'greeting' ? 'Greeting section' : undefined),
};

const issue = (reason: ScriptIssue['reason'], step: string | null, facts: ScriptIssueFacts): ScriptIssue => ({ file: 'support.yaml', step, reason, detail: 'English detail', facts });

/** Every reason, in every form its sentence takes: in a step and in the script as a whole, for each text a finding can be about. */
const samples: ScriptIssue[] = [
  issue('syntax', null, { line: 4, column: 7 }),
  issue('syntax', null, {}),
  ...(['missing', 'invalid', 'unknown'] as const).flatMap((problem) => [issue('schema', 'hello', { field: 'label', problem }), issue('schema', null, { field: 'start', problem })]),
  issue('schema', null, { field: '', problem: 'invalid' }),
  issue('duplicate-id', 'hello', { id: 'hello', of: 'step' }),
  issue('duplicate-id', null, { id: 'greeting', of: 'section' }),
  issue('unknown-target', 'hello', { id: 'nowhere-step', of: 'step' }),
  issue('unknown-target', null, { id: 'nowhere-step', of: 'start' }),
  issue('unreachable-step', 'twin', {}),
  ...scriptTextPlaces.flatMap((place) => [
    issue('missing-translation', 'hello', { place, placeId: 'greeting', language: 'uk' }),
    issue('missing-translation', null, { place, placeId: 'greeting', language: 'ru' }),
    issue('unknown-placeholder', 'untitled-step', { place, placeId: 'yes', placeholder: 'customer.shoeSize' }),
    issue('unknown-placeholder', null, { place, placeId: 'other', placeholder: 'customer.shoeSize' }),
  ]),
  issue('missing-section', null, { sectionKind: 'de-escalation' }),
  issue('missing-options', 'hello', {}),
  issue('unsafe-link', 'hello', { url: 'http://example.com' }),
];

/** Two words in a row that come back later in the sentence: the symptom of a reason glued to a detail that says it again. */
function repeatedPairs(sentence: string): string[] {
  const words = sentence
    .replace(/[“«][^”»]*[”»]|\{\{[^}]*\}\}/g, ' ')
    .toLocaleLowerCase()
    .split(/[^\p{L}\d’'-]+/u)
    .filter(Boolean);
  const pairs = words.slice(1).map((word, index) => `${words[index]} ${word}`);
  return pairs.filter((pair, index) => pairs.indexOf(pair) !== index);
}

describe('a script problem, as the supervisor reads it', () => {
  it('covers every reason the validator has', () => {
    expect(new Set(samples.map((sample) => sample.reason))).toEqual(new Set(scriptIssueReasons));
  });

  it.each(supportedLanguages)('is one sentence in %s for every reason, with nothing left unfilled and nothing said twice', async (language) => {
    const t = await translator(language);
    for (const sample of samples) {
      const sentence = issueSentence(sample, t, names);
      const context = `${sample.reason} ${JSON.stringify(sample.facts)}: ${sentence}`;
      expect(sentence.trim(), context).not.toBe('');
      expect(sentence, context).not.toMatch(/scriptEditor\.|undefined|\{\{(?!customer\.shoeSize)/);
      expect(sentence, context).toMatch(/^[\p{Lu}«“]/u);
      expect(sentence, context).toMatch(/\.$/);
      expect(sentence.slice(0, -1), context).not.toMatch(/[.;]\s+\p{Lu}/u);
      expect(repeatedPairs(sentence), context).toEqual([]);
      expect(sentence, context).not.toContain('English detail');
    }
  });

  it('names a step by its title, with its id when another step has the same title, and marks a step without one', async () => {
    const t = await translator('en');
    expect(issueSentence(issue('unknown-target', 'hello', { id: 'nowhere-step', of: 'step' }), t, names)).toBe('Step “Greeting” leads to “nowhere-step”, which is not a step in this script.');
    expect(issueSentence(issue('unreachable-step', 'twin', {}), t, names)).toBe('Nothing leads to step “Twin” (twin), so no agent will ever see it.');
    expect(issueSentence(issue('missing-options', 'untitled-step', {}), t, names)).toContain('“untitled-step” (untitled)');
    const ukrainian = await translator('uk');
    expect(issueSentence(issue('unknown-target', 'hello', { id: 'nowhere-step', of: 'step' }), ukrainian, names)).toBe('Крок «Greeting» веде на «nowhere-step», але такого кроку в скрипті немає.');
  });
});
