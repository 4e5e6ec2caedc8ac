import { z } from 'zod';
import { customerIdSchema, promiseOwnerTypes, promiseStatuses } from './customer';
import { localizedLabelSchema } from './language';

const epochMs = z.number().int().nonnegative();
export const interactionIdSchema = z.number().int().positive();
export const promiseIdSchema = z.number().int().positive();

/** Free text the agent typed: trimmed, bounded, so a pasted novel is refused with a reason rather than cut. */
function typedText(max: number) {
  return z.string().trim().max(max, `must be at most ${max} characters`);
}

/** One entry of a configurable code list (dispositions, root causes), labelled in every language. */
export const codeOptionSchema = z.object({ code: z.string(), label: localizedLabelSchema });
export type CodeOption = z.infer<typeof codeOptionSchema>;

export const wrapUpCodesSchema = z.object({ dispositions: z.array(codeOptionSchema), rootCauses: z.array(codeOptionSchema) });
export type WrapUpCodes = z.infer<typeof wrapUpCodesSchema>;

const codeSchema = z.string().trim().min(1, 'must not be empty').max(64, 'must be at most 64 characters');

/** What, who answers for it, by when: the three things that make a promise explicit (seeds 001, 002). */
export const promiseFieldsSchema = z
  .object({
    description: z.string().trim().min(1, 'must say what was promised').max(500, 'must be at most 500 characters'),
    ownerType: z.enum(promiseOwnerTypes),
    ownerName: z.string().trim().min(1, 'must name who keeps the promise').max(120, 'must be at most 120 characters'),
    dueAt: epochMs,
  })
  .strict();
export type PromiseFields = z.infer<typeof promiseFieldsSchema>;

export const promiseUpdateSchema = z
  .object({ promiseId: promiseIdSchema, changes: promiseFieldsSchema.partial().strict() })
  .strict();
export type PromiseUpdate = z.infer<typeof promiseUpdateSchema>;

export const promiseStatusChangeSchema = z
  .object({ promiseId: promiseIdSchema, status: z.enum(promiseStatuses).exclude(['open']) })
  .strict();

/**
 * What a call leaves behind (seed 000: write the failure down and find its
 * cause — a compensation offered is recorded apart from what was wanted, because
 * it is not a fix).
 */
export const wrapUpSaveSchema = z
  .object({
    interactionId: interactionIdSchema,
    dispositionCode: codeSchema.nullable(),
    rootCauses: z.array(codeSchema).max(20, 'must be at most 20 codes'),
    customerWanted: typedText(2000),
    weOffered: typedText(2000),
    note: typedText(20_000),
    /** Who wrote the note: the agent's name. */
    author: z.string().trim().min(1, 'must name the agent').max(120, 'must be at most 120 characters'),
    promises: z.array(promiseFieldsSchema).max(20, 'must be at most 20 promises'),
  })
  .strict();
export type WrapUpSave = z.infer<typeof wrapUpSaveSchema>;

export const noteDraftSaveSchema = z.object({ interactionId: interactionIdSchema, body: z.string().max(20_000, 'must be at most 20000 characters') }).strict();

/** A call whose note draft was never turned into a wrap-up (the console closed, crashed or lost power). */
export const pendingWrapUpSchema = z.object({
  interactionId: interactionIdSchema,
  customerId: customerIdSchema.nullable(),
  direction: z.enum(['inbound', 'outbound']),
  remote: z.string(),
  startedAt: epochMs,
  draft: z.string(),
  draftSavedAt: epochMs,
});
export type PendingWrapUp = z.infer<typeof pendingWrapUpSchema>;

export const dueSoonQuerySchema = z
  .object({
    ownerName: z.string().trim().min(1, 'must name the owner').max(120, 'must be at most 120 characters'),
    withinMinutes: z.number().int().min(1).max(7 * 24 * 60).default(60),
  })
  .strict();
