import { z } from 'zod';
import { localWordsSchema, scorecardAnswersSchema } from '../scorecards/scorecard-form';

/** The supervisor's and the agent's comments are the same length as a note's would be at most. */
export const evaluationCommentMaxLength = 4000;

/** What the agent said of an evaluation of their call: nothing yet, "I have read it", or "I disagree" (with why). */
export const evaluationResponses = ['none', 'acknowledged', 'disputed'] as const;
export type EvaluationResponse = (typeof evaluationResponses)[number];

/** A call scored against a form: what the supervisor answered, the score it made, and the agent's reply. */
export const evaluationSchema = z.object({
  id: z.string(),
  interactionId: z.number().int().nullable(),
  /** The call's agent, by display name (as calls name them). */
  agent: z.string(),
  evaluator: z.string(),
  formSlug: z.string(),
  formVersion: z.number().int(),
  /** The form's name; null while this console does not hold that version (it comes from another console through the CRM's feed). */
  formTitle: localWordsSchema.nullable(),
  answers: scorecardAnswersSchema,
  comment: z.string(),
  /** 0–100; null when no question applied. A failed critical question makes it 0. */
  scorePercent: z.number().nullable(),
  failedCritical: z.array(z.string()),
  createdAt: z.number().int(),
  response: z.enum(evaluationResponses),
  responseComment: z.string(),
  respondedAt: z.number().int().nullable(),
  /** The call's start, for the agent's list (null when the call is not in this console's cache). */
  callStartedAt: z.number().int().nullable(),
});
export type Evaluation = z.infer<typeof evaluationSchema>;

const commentSchema = z.string().trim().max(evaluationCommentMaxLength, `must be at most ${evaluationCommentMaxLength} characters`);

export const evaluationSaveSchema = z
  .object({
    interactionId: z.number().int().positive(),
    formSlug: z.string().min(1).max(64),
    formVersion: z.number().int().positive(),
    answers: scorecardAnswersSchema,
    comment: commentSchema,
  })
  .strict();
export type EvaluationSave = z.infer<typeof evaluationSaveSchema>;

/** The agent's reply; a dispute must say why. */
export const evaluationReplySchema = z
  .object({
    evaluationId: z.string().min(1).max(200),
    response: z.enum(['acknowledged', 'disputed']),
    comment: commentSchema,
  })
  .strict()
  .refine((reply) => reply.response !== 'disputed' || reply.comment.length > 0, { message: 'must say why', path: ['comment'] });
export type EvaluationReply = z.infer<typeof evaluationReplySchema>;

/** Trends: the average score per agent and per question over a period (from, to: epoch ms, the call's start). */
export const evaluationScoresQuerySchema = z
  .object({ from: z.number().int().nonnegative(), to: z.number().int().nonnegative(), team: z.string().max(200).nullable().default(null) })
  .strict();
export const evaluationScoresSchema = z.object({
  byAgent: z.array(z.object({ agent: z.string(), evaluations: z.number().int(), averagePercent: z.number().nullable(), criticalFailures: z.number().int() })),
  /** Per question: the share of answers that earned its weight (NA left out), across every form version with that question id; its name from the newest of them. */
  byQuestion: z.array(z.object({ questionId: z.string(), title: localWordsSchema.nullable(), answered: z.number().int(), averageShare: z.number().nullable() })),
});
export type EvaluationScores = z.infer<typeof evaluationScoresSchema>;
