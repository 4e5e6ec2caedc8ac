import { stringify } from 'yaml';
import type { ScriptBodyInput } from '../../../../src/shared/scripts/script-schema';

const text = (en: string) => ({ en, uk: `${en} (uk)` });
const spoken = (en: string) => ({ friendly: text(en), formal: text(`${en}, formally`) });

/** A small script that passes every rule; each rejection test breaks one thing in a copy. */
export function validScript(): ScriptBodyInput {
  return {
    slug: 'small',
    title: text('Small'),
    languages: ['en', 'uk'],
    rules: { direction: 'inbound' },
    start: 'hello',
    sections: [
      { id: 'greeting', kind: 'greeting', title: text('Greeting'), steps: [{ id: 'hello', type: 'say', text: spoken('Hi {{customer.firstName}}'), next: 'reason' }] },
      {
        id: 'consultation',
        kind: 'consultation',
        title: text('Consultation'),
        steps: [
          {
            id: 'reason',
            type: 'question',
            text: spoken('Why?'),
            answers: [
              { id: 'bill', label: text('Bill'), next: 'invoice' },
              { id: 'other', label: text('Other'), next: 'bye' },
            ],
          },
          { id: 'invoice', type: 'field', kind: 'text', required: true, label: text('Invoice'), next: 'bye' },
        ],
      },
      { id: 'calm', kind: 'de-escalation', title: text('Calm'), steps: [{ id: 'calm-down', type: 'say', text: spoken('I hear you'), next: 'bye' }] },
      {
        id: 'closing',
        kind: 'closing',
        title: text('Closing'),
        steps: [
          { id: 'bye', type: 'say', text: spoken('Bye, by {{promise.due}}'), next: 'summarized' },
          { id: 'summarized', type: 'checkpoint', label: text('Summarized') },
        ],
      },
    ],
  };
}

export function yamlOf(script: unknown): string {
  return stringify(script);
}
