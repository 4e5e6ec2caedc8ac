import { z } from 'zod';
import { callDirections, customerTiers, tones } from '../domain/customer';
import { languageSchema } from '../domain/language';
import { wrapUpFieldsFedByScripts } from '../domain/wrap-up-fields';

/** A text in some of the script's languages; the validator checks that every declared language is there. */
export const scriptTextSchema = z.partialRecord(languageSchema, z.string().trim().min(1, 'must not be empty'));
export type ScriptText = z.infer<typeof scriptTextSchema>;

/** What an agent says: the brand's friendly and formal voice of the same phrase (PRODUCT.md, "Tone"). */
export const spokenTextSchema = z.object({ friendly: scriptTextSchema, formal: scriptTextSchema }).strict();
export type SpokenText = z.infer<typeof spokenTextSchema>;

export const stepIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and dashes')
  .max(64);

/** What the editor lists a step by; a knowledge step's card title serves, and a field's or checkpoint's label when it has none. */
const stepTitle = scriptTextSchema.optional();

const stepBase = {
  id: stepIdSchema,
  title: stepTitle,
  /** Where the conversation goes on; none ends the script. */
  next: stepIdSchema.optional(),
};

export const fieldKinds = ['text', 'number', 'date', 'choice'] as const;

export const scriptStepSchema = z.discriminatedUnion('type', [
  z.object({ ...stepBase, type: z.literal('say'), text: spokenTextSchema }).strict(),
  z
    .object({
      id: stepIdSchema,
      title: stepTitle,
      type: z.literal('question'),
      text: spokenTextSchema,
      answers: z
        .array(z.object({ id: stepIdSchema, label: scriptTextSchema, next: stepIdSchema }).strict())
        .min(2, 'a question needs at least two answers'),
    })
    .strict(),
  z
    .object({
      ...stepBase,
      type: z.literal('field'),
      label: scriptTextSchema,
      kind: z.enum(fieldKinds),
      required: z.boolean().default(false),
      /** For `choice`: the values the agent picks from. */
      options: z.array(z.object({ id: stepIdSchema, label: scriptTextSchema }).strict()).optional(),
      /** The wrap-up field this answer fills in advance (seed 000: what the customer wanted, what we offered). */
      wrapUp: z.enum(wrapUpFieldsFedByScripts).optional(),
    })
    .strict(),
  z.object({ ...stepBase, type: z.literal('checkpoint'), label: scriptTextSchema }).strict(),
  z.object({ ...stepBase, type: z.literal('knowledge'), title: scriptTextSchema, text: scriptTextSchema, url: z.url().optional() }).strict(),
]);
export type ScriptStep = z.infer<typeof scriptStepSchema>;
export type StepType = ScriptStep['type'];

/** The sections of a service standard (seed 004); de-escalation is the path reachable from every step. */
export const sectionKinds = ['greeting', 'identification', 'consultation', 'complaint', 'de-escalation', 'closing'] as const;
export type SectionKind = (typeof sectionKinds)[number];

export const scriptSectionSchema = z
  .object({
    id: stepIdSchema,
    kind: z.enum(sectionKinds),
    title: scriptTextSchema,
    steps: z.array(scriptStepSchema).min(1, 'a section needs at least one step'),
  })
  .strict();
export type ScriptSection = z.infer<typeof scriptSectionSchema>;

/** Which calls a script is for; every criterion left out matches any call. */
export const scriptRulesSchema = z
  .object({
    direction: z.enum(callDirections).optional(),
    /** The number (or queue) the call is for. */
    numbers: z.array(z.string().min(1)).optional(),
    tiers: z.array(z.enum(customerTiers)).optional(),
  })
  .strict();
export type ScriptRules = z.infer<typeof scriptRulesSchema>;

/** One script file (YAML or JSON). */
export const scriptBodySchema = z
  .object({
    slug: stepIdSchema,
    title: scriptTextSchema,
    languages: z.array(languageSchema).min(1, 'a script speaks at least one language'),
    defaultTone: z.enum(tones).default('friendly'),
    rules: scriptRulesSchema.default({}),
    /** The first step of the call. */
    start: stepIdSchema,
    sections: z.array(scriptSectionSchema).min(1),
  })
  .strict();
export type ScriptBody = z.infer<typeof scriptBodySchema>;
/** What an author writes: defaults may be left out. */
export type ScriptBodyInput = z.input<typeof scriptBodySchema>;

/** A saved version of a script, as the store keeps it. */
export const storedScriptSchema = z.object({
  id: z.number().int().positive(),
  slug: stepIdSchema,
  version: z.number().int().positive(),
  body: scriptBodySchema,
  createdAt: z.number().int().nonnegative(),
});
export type StoredScript = z.infer<typeof storedScriptSchema>;
