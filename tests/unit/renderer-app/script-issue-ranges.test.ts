import { describe, expect, it } from 'vitest';
import { parseScriptFile } from '@shared/scripts/parse-script-file';
import { issueRanges } from '../../../src/renderer/src/features/script-editor/issue-ranges';

/** A small script that passes every rule, as an author writes it; each case breaks one line of it. */
const script = `slug: small
title: { en: Small, uk: Мала }
languages: [en, uk]
start: hello
sections:
  - id: greeting
    kind: greeting
    title: { en: Greeting, uk: Привітання }
    steps:
      - id: hello
        type: say
        text:
          friendly: { en: "Hi {{customer.firstName}}", uk: "Вітаю, {{customer.firstNameVocative}}" }
          formal: { en: Good afternoon, uk: Добрий день }
        next: reason
  - id: consultation
    kind: consultation
    title: { en: Consultation, uk: Консультація }
    steps:
      - id: reason
        type: question
        text:
          friendly: { en: Why?, uk: Чому? }
          formal: { en: What is the reason?, uk: Яка причина? }
        answers:
          - id: bill
            label: { en: Bill, uk: Рахунок }
            next: invoice
          - id: other
            label: { en: Other, uk: Інше }
            next: bye
      - id: invoice
        type: field
        kind: text
        label: { en: Invoice, uk: Рахунок }
        next: bye
  - id: calm
    kind: de-escalation
    title: { en: Calm, uk: Спокій }
    steps:
      - id: calm-down
        type: say
        text:
          friendly: { en: I hear you, uk: Я вас чую }
          formal: { en: I understand, uk: Розумію }
        next: bye
  - id: closing
    kind: closing
    title: { en: Closing, uk: Завершення }
    steps:
      - id: bye
        type: say
        text:
          friendly: { en: Bye, uk: Бувайте }
          formal: { en: Goodbye, uk: До побачення }
`;

/** The text of the line each finding is marked on. */
function markedLines(text: string): string[] {
  const parsed = parseScriptFile('support.yaml', text);
  if (parsed.ok) return [];
  return issueRanges(text, parsed.issues).map(({ from }) => {
    const start = text.lastIndexOf('\n', from - 1) + 1;
    const end = text.indexOf('\n', from);
    return text.slice(start, end < 0 ? undefined : end).trim();
  });
}

describe('a script problem, in the file editor', () => {
  it('is marked on the line of the step’s `next` that leads nowhere', () => {
    expect(markedLines(script)).toEqual([]);
    expect(markedLines(script.replace('next: reason', 'next: nowhere-step'))).toEqual(['next: nowhere-step']);
  });

  it('is marked on an answer leading nowhere, the start, and a missing translation in a tone', () => {
    const text = script.replace('next: invoice', 'next: nowhere').replace('start: hello', 'start: nowhere-else').replace('en: What is the reason?', 'ru: What is the reason?');
    expect(markedLines(text)).toEqual(expect.arrayContaining(['next: nowhere', 'start: nowhere-else', 'formal: { ru: What is the reason?, uk: Яка причина? }']));
  });

  it('is marked where a YAML parser stopped, and at a field of the wrong kind', () => {
    expect(markedLines('slug: small\ntitle: [unclosed\n')).toHaveLength(1);
    expect(markedLines(script.replace('kind: text', 'kind: poem'))).toEqual(['kind: poem']);
  });
});
