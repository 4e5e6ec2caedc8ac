import { z } from 'zod';
import { sectionKinds } from '../scripts/script-schema';

/** A question's words in each of the console's languages. */
const localWordsSchema = z.object({ en: z.string().min(1), ru: z.string().min(1), uk: z.string().min(1) }).strict();
export type LocalWords = z.infer<typeof localWordsSchema>;

/**
 * One question of an evaluation form. `yes-no` may be answered "not
 * applicable" when `allowNa` (a complaint item on a call without a
 * complaint); `scale` runs 1…`scaleMax`. A critical question answered "no"
 * (or the scale's lowest mark) fails the whole form, whatever the rest scored.
 * `scriptSection` names the section of the call's script that answers it,
 * so that a run can pre-answer it.
 */
export const scorecardQuestionSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]{1,40}$/),
    /** A few words naming the item where the whole question does not fit (chart axes). */
    title: localWordsSchema,
    text: localWordsSchema,
    kind: z.enum(['yes-no', 'scale']),
    scaleMax: z.number().int().min(2).max(10).optional(),
    allowNa: z.boolean(),
    weight: z.number().int().min(1).max(100),
    critical: z.boolean(),
    scriptSection: z.enum(sectionKinds).optional(),
  })
  .strict();
export type ScorecardQuestion = z.infer<typeof scorecardQuestionSchema>;

/** A form's versions never change once evaluations were made with them: a change is the next version (like scripts). */
export const scorecardFormSchema = z
  .object({
    slug: z.string().regex(/^[a-z0-9-]{1,64}$/),
    version: z.number().int().positive(),
    title: localWordsSchema,
    questions: z.array(scorecardQuestionSchema).min(1).max(50),
  })
  .strict();
export type ScorecardForm = z.infer<typeof scorecardFormSchema>;

/** What a question was answered: yes, no, not applicable, or a mark on its scale. */
export const scorecardAnswerSchema = z.union([z.enum(['yes', 'no', 'na']), z.number().int().min(1).max(10)]);
export type ScorecardAnswer = z.infer<typeof scorecardAnswerSchema>;

export const scorecardAnswersSchema = z.record(z.string().max(40), scorecardAnswerSchema);
export type ScorecardAnswers = z.infer<typeof scorecardAnswersSchema>;

/** How the form and its version are named on the wire and in the store. */
export function scorecardFormId(form: Pick<ScorecardForm, 'slug' | 'version'>): string {
  return `${form.slug}@${form.version}`;
}
