import { z } from 'zod';
import { supportedLanguages } from '../domain/language';
import { sectionKinds } from '../scripts/script-schema';
import { scorecardQuestionKinds } from './scorecard-form';

/**
 * A form as the editor holds it while it is typed: any text, any weight the
 * field gives (a number, or what was typed when it is not one). The bounds
 * here only keep a payload sane; the form's own rules (scorecard-form-problems.ts)
 * refuse it with a reason the page can word, so nothing typed is lost to a bare
 * "invalid request".
 */
const draftText = z.string().max(10_000);
const draftWords = z.object({ en: draftText, ru: draftText, uk: draftText }).strict();

export const scorecardQuestionDraftSchema = z
  .object({
    id: z.string().max(200),
    title: draftWords,
    text: draftWords,
    kind: z.enum(scorecardQuestionKinds),
    scaleMax: z.number().int().optional(),
    allowNa: z.boolean(),
    weight: z.union([z.number(), z.string().max(40)]),
    critical: z.boolean(),
    scriptSection: z.enum(sectionKinds).optional(),
  })
  .strict();
export type ScorecardQuestionDraft = z.infer<typeof scorecardQuestionDraftSchema>;

export const scorecardFormDraftSchema = z
  .object({
    slug: z.string().max(200),
    title: draftWords,
    questions: z.array(scorecardQuestionDraftSchema).max(500),
  })
  .strict();
export type ScorecardFormDraft = z.infer<typeof scorecardFormDraftSchema>;

const question = z.number().int().nonnegative();
const language = z.enum(supportedLanguages);
/** Which words: the form's title (question null), or a question's short name or text. */
const textField = z.enum(['title', 'text']);

/** Why a form cannot be saved, each with where: what the editor marks beside the question and main answers on a refused save. */
export const scorecardFormProblemSchema = z.discriminatedUnion('problem', [
  z.object({ problem: z.literal('bad-slug') }),
  z.object({ problem: z.literal('no-questions') }),
  z.object({ problem: z.literal('too-many-questions'), limit: z.number().int() }),
  z.object({ problem: z.literal('only-critical') }),
  z.object({ problem: z.literal('empty-text'), question: question.nullable(), field: textField, language }),
  z.object({ problem: z.literal('text-too-long'), question: question.nullable(), field: textField, language, limit: z.number().int() }),
  z.object({ problem: z.literal('bad-question-id'), question }),
  z.object({ problem: z.literal('duplicate-question-id'), question, questionId: z.string() }),
  z.object({ problem: z.literal('weight-not-a-number'), question }),
  z.object({ problem: z.literal('weight-out-of-range'), question, limit: z.number().int() }),
  z.object({ problem: z.literal('scale-out-of-range'), question, min: z.number().int(), max: z.number().int() }),
]);
export type ScorecardFormProblem = z.infer<typeof scorecardFormProblemSchema>;
