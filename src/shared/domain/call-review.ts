import { supervisionEndReasons, supervisionModes } from './supervision';
import { z } from 'zod';
import { scriptRunSchema } from '../scripts/script-run';
import { scorecardAnswersSchema, storedScorecardFormSchema } from '../scorecards/scorecard-form';
import { callEndReasons } from './call-ending';
import { callDirections, callOutcomes, promiseSchema } from './customer';
import { evaluationSchema } from './evaluation';

/** One call, everything it left behind, in one answer (`calls.review`). */
/** A supervisor's monitoring session on the call, as this console took part in it (docs: README "Listen, whisper, barge"). */
export const reviewedMonitoringSchema = z.object({
  sessionId: z.string(),
  supervisor: z.string(),
  startedAt: z.number().int(),
  endedAt: z.number().int().nullable(),
  endReason: z.enum(supervisionEndReasons).nullable(),
  modes: z.array(z.object({ mode: z.enum(supervisionModes), from: z.number().int(), to: z.number().int().nullable() })),
});
export type ReviewedMonitoring = z.infer<typeof reviewedMonitoringSchema>;

export const callReviewSchema = z.object({
  call: z.object({
    id: z.number().int(),
    sipCallId: z.string().nullable(),
    direction: z.enum(callDirections),
    fromNumber: z.string(),
    toNumber: z.string(),
    startedAt: z.number().int(),
    answeredAt: z.number().int().nullable(),
    endedAt: z.number().int().nullable(),
    outcome: z.enum(callOutcomes).nullable(),
    endReason: z.enum(callEndReasons).nullable(),
    agent: z.string().nullable(),
    customer: z.object({ id: z.number().int(), displayName: z.string() }).nullable(),
  }),
  wrapUp: z.object({
    dispositionCode: z.string().nullable(),
    rootCauses: z.array(z.string()),
    customerWanted: z.string().nullable(),
    weOffered: z.string().nullable(),
  }),
  scriptRun: scriptRunSchema.nullable(),
  notes: z.array(z.object({ id: z.number().int(), author: z.string(), body: z.string(), createdAt: z.number().int() })),
  promises: z.array(promiseSchema.extend({ statusChangedAt: z.number().int() })),
  /** The whole call's figures as the phone summed them up at its end; null when it has none (never answered, or from the CRM). */
  quality: z
    .object({
      mos: z.number().nullable(),
      lossPercent: z.number().nullable(),
      jitterMs: z.number().nullable(),
      roundTripMs: z.number().nullable(),
      longestNoAudioSeconds: z.number().int().nullable(),
    })
    .nullable(),
  /** Where the recording should be (IT's template filled in); null when the site set none, or the call has no Call-ID. */
  recordingUrl: z.string().nullable(),
  evaluations: z.array(evaluationSchema),
  monitoring: z.array(reviewedMonitoringSchema),
  /** Whether this user may score the call (a supervisor of the agent's team, never their own call). */
  mayEvaluate: z.boolean(),
  /**
   * The forms to score with — the newest version of each, the one saved last
   * first (the default) — each with the answers the call's script run gives it.
   */
  scorecards: z.array(z.object({ form: storedScorecardFormSchema, preAnswers: scorecardAnswersSchema })),
});
export type CallReview = z.infer<typeof callReviewSchema>;

/** A call the user may open, for the list in the reviews view. */
export const reviewableCallSchema = z.object({
  id: z.number().int(),
  startedAt: z.number().int(),
  agent: z.string().nullable(),
  customerName: z.string().nullable(),
  outcome: z.enum(callOutcomes).nullable(),
  dispositionCode: z.string().nullable(),
  evaluated: z.boolean(),
});
export type ReviewableCall = z.infer<typeof reviewableCallSchema>;
