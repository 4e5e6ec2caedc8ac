import { z } from 'zod';
import { wrapUpFieldsFedByScripts } from './wrap-up-fields';

/** What the agent captured at one step, in the run's language, as the timeline and wrap-up show it. */
export const capturedAnswerSchema = z.object({
  stepId: z.string(),
  kind: z.enum(['question', 'field', 'checkpoint']),
  /** The question, the field's label or the checkpoint. */
  label: z.string(),
  /** As captured: an answer's or option's id, the text typed, the date (YYYY-MM-DD). */
  value: z.string(),
  /** As a person reads it: the answer's or option's label, or the value itself. */
  shown: z.string(),
  /** The wrap-up field it prefills, when the script says so. */
  wrapUp: z.enum(wrapUpFieldsFedByScripts).optional(),
});
export type CapturedAnswer = z.infer<typeof capturedAnswerSchema>;

export const missedCheckpointSchema = z.object({ stepId: z.string(), label: z.string() });
export type MissedCheckpoint = z.infer<typeof missedCheckpointSchema>;
