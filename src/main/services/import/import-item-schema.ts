import { callPartyMaxLength } from '@shared/domain/call-record';
import {
  agentNameMaxLength,
  atMost,
  codeMaxLength,
  companyMaxLength,
  displayNameMaxLength,
  emailMaxLength,
  noteMaxLength,
  personNameMaxLength,
  phoneInputMaxLength,
  promiseDescriptionMaxLength,
  wrapUpTextMaxLength,
} from '@shared/domain/field-limits';
import { z } from 'zod';
import {
  agentItemSchema,
  codeItemSchema,
  customerItemSchema,
  interactionItemSchema,
  noteItemSchema,
  promiseItemSchema,
  scriptItemSchema,
  scorecardFormItemSchema,
} from '../sync/wire';

const text = (max: number) => z.string().max(max, atMost(max));
const optionalText = (max: number) => text(max).nullish();

/** A person of the roster as a file gives them (an import, or the roster file IT's policy names). */
export const importAgentItemSchema = agentItemSchema.extend({
  displayName: text(agentNameMaxLength),
  team: text(codeMaxLength),
  leadsTeams: z.array(text(codeMaxLength)).default([]),
});

/**
 * The sync contract's items held to the limits the console's own forms and
 * store keep (field-limits.ts). A CRM's changes are stored as the CRM has
 * them; a file typed or exported by hand is checked like what an agent types,
 * so a pasted 10 kB name is refused with its line and field instead of
 * reaching the card.
 */
export const importItemSchema = z.discriminatedUnion('kind', [
  customerItemSchema.extend({
    firstName: text(personNameMaxLength),
    lastName: text(personNameMaxLength),
    displayName: optionalText(displayNameMaxLength),
    company: optionalText(companyMaxLength),
    email: optionalText(emailMaxLength),
    phones: z.array(z.object({ number: text(phoneInputMaxLength), label: optionalText(codeMaxLength) })).default([]),
    tags: z.array(text(codeMaxLength)).default([]),
  }),
  interactionItemSchema.extend({
    fromNumber: text(callPartyMaxLength),
    toNumber: text(callPartyMaxLength),
    agent: optionalText(agentNameMaxLength),
    dispositionCode: optionalText(codeMaxLength),
    rootCauses: z.array(text(codeMaxLength)).default([]),
    customerWanted: optionalText(wrapUpTextMaxLength),
    weOffered: optionalText(wrapUpTextMaxLength),
  }),
  noteItemSchema.extend({ author: text(agentNameMaxLength), body: text(noteMaxLength) }),
  promiseItemSchema.extend({ description: text(promiseDescriptionMaxLength), ownerName: text(agentNameMaxLength) }),
  codeItemSchema,
  scriptItemSchema,
  scorecardFormItemSchema,
  importAgentItemSchema,
]);

/** The fields each kind of item has: anything else in a file is ignored, and said once. */
export const importFields: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  importItemSchema.options.flatMap((schema) => {
    const fields = new Set(Object.keys(schema.shape));
    const kind = schema.shape.kind;
    return ('options' in kind ? kind.options : [kind.value]).map((name) => [name, fields] as const);
  }),
);
