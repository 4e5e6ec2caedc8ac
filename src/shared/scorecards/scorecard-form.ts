import { z } from 'zod';
import { sectionKinds } from '../scripts/script-schema';

/** How long a form's words may be: a form title and a question's short name fit a chart's axis, a question fits a line of the review pane. */
export const scorecardTextLimits = { formTitle: 80, questionTitle: 60, questionText: 300 } as const;
/** A form holds at most this many questions; a weight is a whole number from 1 to this. */
export const maxScorecardQuestions = 50;
export const maxQuestionWeight = 100;
/** A scale runs from 1 to at least 2 and at most 10 marks. */
export const scaleMarks = { min: 2, max: 10 } as const;
export const questionIdPattern = /^[a-z0-9-]{1,40}$/;
export const formSlugPattern = /^[a-z0-9-]{1,64}$/;

/** Words in each of the console's languages, none empty. */
const words = (max: number) => z.object({ en: z.string().min(1).max(max), ru: z.string().min(1).max(max), uk: z.string().min(1).max(max) }).strict();
export const localWordsSchema = words(scorecardTextLimits.questionText);
export type LocalWords = z.infer<typeof localWordsSchema>;

export const scorecardQuestionKinds = ['yes-no', 'scale'] as const;

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
    id: z.string().regex(questionIdPattern),
    /** A few words naming the item where the whole question does not fit (chart axes). */
    title: words(scorecardTextLimits.questionTitle),
    text: words(scorecardTextLimits.questionText),
    kind: z.enum(scorecardQuestionKinds),
    scaleMax: z.number().int().min(scaleMarks.min).max(scaleMarks.max).optional(),
    allowNa: z.boolean(),
    weight: z.number().int().min(1).max(maxQuestionWeight),
    critical: z.boolean(),
    scriptSection: z.enum(sectionKinds).optional(),
  })
  .strict();
export type ScorecardQuestion = z.infer<typeof scorecardQuestionSchema>;

/** A form as written, before it is a version: what the editor saves, a CRM item's body, and what the store keeps beside the version. */
export const scorecardFormBodySchema = z
  .object({
    slug: z.string().regex(formSlugPattern),
    title: words(scorecardTextLimits.formTitle),
    questions: z.array(scorecardQuestionSchema).min(1).max(maxScorecardQuestions),
  })
  .strict();
export type ScorecardFormBody = z.infer<typeof scorecardFormBodySchema>;

/** A form's versions never change once saved: a change is the next version (like scripts), and evaluations name the version they were scored against. */
export const scorecardFormSchema = scorecardFormBodySchema.extend({ version: z.number().int().positive() }).strict();
export type ScorecardForm = z.infer<typeof scorecardFormSchema>;

/** A version as the store holds it: who saved it and when (null: shipped with Parley). */
export const storedScorecardFormSchema = scorecardFormSchema.extend({ createdAt: z.number().int(), createdBy: z.string().nullable() }).strict();
export type StoredScorecardForm = z.infer<typeof storedScorecardFormSchema>;

/** What a question was answered: yes, no, not applicable, or a mark on its scale. */
export const scorecardAnswerSchema = z.union([z.enum(['yes', 'no', 'na']), z.number().int().min(1).max(10)]);
export type ScorecardAnswer = z.infer<typeof scorecardAnswerSchema>;

export const scorecardAnswersSchema = z.record(z.string().max(40), scorecardAnswerSchema);
export type ScorecardAnswers = z.infer<typeof scorecardAnswersSchema>;

/** How the form and its version are named on the wire and in the store. */
export function scorecardFormId(form: Pick<ScorecardForm, 'slug' | 'version'>): string {
  return `${form.slug}@${form.version}`;
}
