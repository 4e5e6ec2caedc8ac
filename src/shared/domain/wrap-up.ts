import { z } from 'zod';
import { customerIdSchema, promiseOwnerTypes, promiseStatuses } from './customer';
import { agentNameMaxLength, atMost, codeMaxLength, noteMaxLength, promiseDescriptionMaxLength, wrapUpTextMaxLength } from './field-limits';
import { localizedLabelSchema } from './language';

const epochMs = z.number().int().nonnegative();
export const interactionIdSchema = z.number().int().positive();
export const promiseIdSchema = z.number().int().positive();

/** Free text the agent typed: trimmed, bounded, so a pasted novel is refused with a reason rather than cut. */
function typedText(max: number) {
  return z.string().trim().max(max, atMost(max));
}

/** One entry of a configurable code list (dispositions, root causes), labelled in every language. */
export const codeOptionSchema = z.object({ code: z.string(), label: localizedLabelSchema });
export type CodeOption = z.infer<typeof codeOptionSchema>;

export const wrapUpCodesSchema = z.object({ dispositions: z.array(codeOptionSchema), rootCauses: z.array(codeOptionSchema) });
export type WrapUpCodes = z.infer<typeof wrapUpCodesSchema>;

const codeSchema = z.string().trim().min(1, 'must not be empty').max(codeMaxLength, atMost(codeMaxLength));

/** What, who answers for it, by when: the three things that make a promise explicit (seeds 001, 002). */
export const promiseFieldsSchema = z
  .object({
    description: z.string().trim().min(1, 'must say what was promised').max(promiseDescriptionMaxLength, atMost(promiseDescriptionMaxLength)),
    ownerType: z.enum(promiseOwnerTypes),
    ownerName: z.string().trim().min(1, 'must name who keeps the promise').max(agentNameMaxLength, atMost(agentNameMaxLength)),
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
    customerWanted: typedText(wrapUpTextMaxLength),
    weOffered: typedText(wrapUpTextMaxLength),
    note: typedText(noteMaxLength),
    /** Who wrote the note: the agent's name. */
    author: z.string().trim().min(1, 'must name the agent').max(agentNameMaxLength, atMost(agentNameMaxLength)),
    promises: z.array(promiseFieldsSchema).max(20, 'must be at most 20 promises'),
  })
  .strict();
export type WrapUpSave = z.infer<typeof wrapUpSaveSchema>;

/** Text as it is being typed: bounded like the saved field, but neither trimmed nor required. */
function draftText(max: number) {
  return z.string().max(max, atMost(max));
}

/** A promise as the agent is typing it: the due time is still the datetime-local field's text (`2026-11-23T14:30`). */
export const promiseDraftSchema = z
  .object({ description: draftText(promiseDescriptionMaxLength), ownerType: z.enum(promiseOwnerTypes), ownerName: draftText(agentNameMaxLength), due: draftText(32) })
  .strict();
export type PromiseDraft = z.infer<typeof promiseDraftSchema>;

/**
 * The whole wrap-up as it stands while it is typed — the note from the first
 * ring, then the codes, what was wanted and offered, the promises — so that a
 * crash loses none of it, not only the note.
 */
export const wrapUpDraftSchema = z
  .object({
    note: draftText(noteMaxLength),
    dispositionCode: codeSchema.nullable(),
    rootCauses: z.array(codeSchema).max(20, 'must be at most 20 codes'),
    customerWanted: draftText(wrapUpTextMaxLength),
    weOffered: draftText(wrapUpTextMaxLength),
    promises: z.array(promiseDraftSchema).max(20, 'must be at most 20 promises'),
  })
  .strict();
export type WrapUpDraft = z.infer<typeof wrapUpDraftSchema>;

export const emptyWrapUpDraft: WrapUpDraft = { note: '', dispositionCode: null, rootCauses: [], customerWanted: '', weOffered: '', promises: [] };

export const wrapUpDraftSaveSchema = z.object({ interactionId: interactionIdSchema, draft: wrapUpDraftSchema }).strict();

/** A call whose wrap-up draft was never saved as a wrap-up (the console closed, crashed or lost power). */
export const pendingWrapUpSchema = z.object({
  interactionId: interactionIdSchema,
  customerId: customerIdSchema.nullable(),
  direction: z.enum(['inbound', 'outbound']),
  remote: z.string(),
  startedAt: epochMs,
  draft: wrapUpDraftSchema,
  draftSavedAt: epochMs,
});
export type PendingWrapUp = z.infer<typeof pendingWrapUpSchema>;

export const dueSoonQuerySchema = z
  .object({
    ownerName: z.string().trim().min(1, 'must name the owner').max(agentNameMaxLength, atMost(agentNameMaxLength)),
    withinMinutes: z.number().int().min(1).max(7 * 24 * 60).default(60),
  })
  .strict();
