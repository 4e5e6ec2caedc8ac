import { z } from 'zod';
import { agentNameMaxLength, atMost } from './field-limits';

/** What the console creates and the CRM must receive (the outbox's entries). A wrap-up travels as its interaction; a monitoring session as `supervision`; a version of an evaluation form as `scorecard_form`. */
export const outboxKinds = ['interaction', 'note', 'promise', 'script', 'supervision', 'evaluation', 'scorecard_form'] as const;
export type OutboxKind = (typeof outboxKinds)[number];

/**
 * An outbox entry the CRM refused for good ("rejected"): held instead of
 * retried forever, until someone sends it again (after the CRM's side was
 * fixed) or discards it. What it is and the CRM's reason; no record values.
 */
export const heldEntrySchema = z.object({
  key: z.string(),
  kind: z.enum(outboxKinds),
  /** When the change was made. */
  createdAt: z.number().int(),
  reason: z.string(),
});
export type HeldEntry = z.infer<typeof heldEntrySchema>;

export const heldEntryActionSchema = z.object({ key: z.string().min(1).max(100) }).strict();
export const heldEntryDiscardSchema = heldEntryActionSchema
  .extend({ by: z.string().trim().min(1, 'must name who discards it').max(agentNameMaxLength, atMost(agentNameMaxLength)) })
  .strict();
