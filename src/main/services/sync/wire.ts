import { z } from 'zod';

/**
 * The JSON that crosses between Parley and a CRM (docs/SYNC.md). One item
 * shape per kind serves both directions: what a page of changes carries and
 * what the outbox pushes. Enum-like fields are plain strings here on purpose:
 * a CRM newer than this console may send a value it does not know, and that
 * must be stored with a fallback and reported, not drop the whole item.
 */
const externalId = z.string().min(1).max(200);
const time = z.number().int().nonnegative();
const optionalText = z.string().nullish();

export const customerItemSchema = z.object({
  kind: z.literal('customer'),
  id: externalId,
  firstName: z.string(),
  lastName: z.string(),
  displayName: optionalText,
  company: optionalText,
  email: optionalText,
  tier: optionalText,
  preferredLanguage: optionalText,
  preferredTone: optionalText,
  phones: z.array(z.object({ number: z.string(), label: optionalText })).default([]),
  tags: z.array(z.string()).default([]),
  updatedAt: time,
});

export const interactionItemSchema = z.object({
  kind: z.literal('interaction'),
  id: externalId,
  customerId: externalId.nullable(),
  direction: z.string(),
  fromNumber: z.string(),
  toNumber: z.string(),
  startedAt: time,
  answeredAt: time.nullish(),
  endedAt: time.nullish(),
  agent: optionalText,
  outcome: optionalText,
  /** Why the call ended exactly, and the SIP code behind it (src/shared/domain/call-ending.ts); informative, optional. */
  endReason: optionalText,
  sipCode: z.number().int().nullish(),
  /** The SIP Call-ID, so that any console can find the call's recording (IT's template names it); optional, informative. */
  sipCallId: z.string().max(512).nullish(),
  dispositionCode: optionalText,
  rootCauses: z.array(z.string()).default([]),
  customerWanted: optionalText,
  weOffered: optionalText,
  /**
   * The call's quality as a whole, summed up by the agent's phone when it ended, so that a supervisor
   * reviewing the call on another console sees it; optional, informative. A figure out of its range is
   * left out (and reported), not the call.
   */
  quality: z
    .object({
      mos: z.number().nullish(),
      lossPercent: z.number().nullish(),
      jitterMs: z.number().nullish(),
      roundTripMs: z.number().nullish(),
      longestNoAudioSeconds: z.number().nullish(),
    })
    .nullish(),
  /** Optional in contract v1 (CRMs that predate it): without it the server's copy wins, as before. */
  updatedAt: time.nullish(),
});

export const noteItemSchema = z.object({
  kind: z.literal('note'),
  id: externalId,
  customerId: externalId,
  interactionId: externalId.nullish(),
  author: z.string(),
  body: z.string(),
  createdAt: time,
});

export const promiseItemSchema = z.object({
  kind: z.literal('promise'),
  id: externalId,
  customerId: externalId,
  interactionId: externalId.nullish(),
  description: z.string(),
  ownerType: z.string(),
  ownerName: z.string(),
  dueAt: time,
  status: z.string(),
  /** Decides a status conflict: the later change wins, wherever it was made. */
  statusChangedAt: time,
  createdAt: time,
});

export const codeItemSchema = z.object({
  kind: z.enum(['disposition-code', 'root-cause-code']),
  id: z.string().min(1).max(100),
  labelEn: z.string(),
  labelRu: z.string(),
  labelUk: z.string(),
  sortOrder: z.number().int().default(0),
  active: z.boolean().default(true),
});

/** An item that is one never-changing version of something (`id` = `<slug>@<version>`); its `body` is checked by the kind's own rules. */
function versionItemSchema<Kind extends string>(kind: Kind) {
  return z.object({
    kind: z.literal(kind),
    id: externalId,
    slug: z.string().min(1).max(64),
    version: z.number().int().positive(),
    body: z.unknown(),
    createdAt: time,
    createdBy: optionalText,
  });
}

/**
 * One version of a call script. Versions never change once made, so a
 * version is named by its script and number (`id` = `<slug>@<version>`);
 * `body` is the script itself, checked as strictly as a file the supervisor
 * imports.
 */
export const scriptItemSchema = versionItemSchema('script');

/**
 * A person of the contact center (the roster): feed only, the CRM owns it.
 * `role` is a plain string like other enum-like fields (a newer CRM's role is
 * stored as `agent` and reported).
 */
export const agentItemSchema = z.object({
  kind: z.literal('agent'),
  id: externalId,
  sipAddress: z.string().min(3).max(300),
  displayName: z.string(),
  team: z.string(),
  leadsTeams: z.array(z.string()).default([]),
  role: z.string(),
  active: z.boolean().default(true),
  updatedAt: time,
});

/**
 * A public key of the CRM's that signs monitoring grants (docs/SYNC.md):
 * feed only. Several may be valid at once while the CRM rotates them.
 */
export const supervisionKeyItemSchema = z.object({
  kind: z.literal('supervision-key'),
  /** The `kid` grants name. */
  id: externalId,
  /** The raw 32-byte Ed25519 public key, base64. */
  publicKey: z.string().min(1).max(100),
  validFrom: time,
  validUntil: time.nullish(),
  updatedAt: time,
});

/** A monitoring session as the supervisor's console saw it: push only (the CRM's copy coming back in the feed is ignored). */
export const supervisionItemSchema = z.object({
  kind: z.literal('supervision'),
  /** The session's UUID. */
  id: externalId,
  supervisorId: externalId,
  agentId: externalId,
  /** The customer call's SIP Call-ID. */
  callId: z.string(),
  interactionId: externalId.nullable(),
  startedAt: time,
  endedAt: time,
  endReason: z.string(),
  modes: z.array(z.object({ mode: z.string(), from: time, to: time })),
});

/**
 * A call scored against an evaluation form, and the agent's reply to it. The
 * supervisor's console makes it; the agent's console replies (acknowledged or
 * disputed, with a comment) by pushing a newer copy of the same item: the
 * later `updatedAt` wins. `answers` maps question ids to yes, no, na or a
 * mark; the score is the one computed when it was saved.
 */
export const evaluationItemSchema = z.object({
  kind: z.literal('evaluation'),
  id: externalId,
  interactionId: externalId.nullable(),
  agent: z.string().min(1),
  evaluator: z.string().min(1),
  formSlug: z.string().min(1).max(64),
  formVersion: z.number().int().positive(),
  answers: z.record(z.string().max(40), z.union([z.string(), z.number()])),
  comment: z.string().default(''),
  scorePercent: z.number().min(0).max(100).nullable(),
  failedCritical: z.array(z.string()).default([]),
  createdAt: time,
  response: z.string(),
  responseComment: z.string().default(''),
  respondedAt: time.nullish(),
  updatedAt: time,
});

/**
 * One version of an evaluation form, named like a script version (`id` =
 * `<slug>@<version>`) and never changed once made. `body` is the form
 * (`slug`, `title` and each question's `title` and `text` in en/ru/uk,
 * `questions` with `id`, `kind`, `weight`, `critical`…), checked by the same
 * rules as a form a supervisor saves.
 */
export const scorecardFormItemSchema = versionItemSchema('scorecard_form');

export const wireItemSchema = z.discriminatedUnion('kind', [
  customerItemSchema,
  interactionItemSchema,
  noteItemSchema,
  promiseItemSchema,
  codeItemSchema,
  scriptItemSchema,
  agentItemSchema,
  supervisionKeyItemSchema,
  supervisionItemSchema,
  evaluationItemSchema,
  scorecardFormItemSchema,
]);
export type WireItem = z.infer<typeof wireItemSchema>;
export type CustomerItem = z.infer<typeof customerItemSchema>;
export type InteractionItem = z.infer<typeof interactionItemSchema>;
export type NoteItem = z.infer<typeof noteItemSchema>;
export type PromiseItem = z.infer<typeof promiseItemSchema>;
export type CodeItem = z.infer<typeof codeItemSchema>;
export type ScriptItem = z.infer<typeof scriptItemSchema>;
export type AgentItem = z.infer<typeof agentItemSchema>;
export type SupervisionKeyItem = z.infer<typeof supervisionKeyItemSchema>;
export type SupervisionItem = z.infer<typeof supervisionItemSchema>;
export type EvaluationItem = z.infer<typeof evaluationItemSchema>;
export type ScorecardFormItem = z.infer<typeof scorecardFormItemSchema>;

/** How a script version is named on the wire. */
export function scriptItemId(slug: string, version: number): string {
  return `${slug}@${version}`;
}

/** `GET /v1/changes?after=<cursor>&limit=<n>`: items are validated one by one (see apply-changes). */
export const changesPageSchema = z.object({
  /** The cursor this page follows, echoed: a page answering another request (a replayed or reordered response) is refused. */
  after: z.string(),
  items: z.array(z.unknown()),
  next: z.string(),
  more: z.boolean(),
});
export type ChangesPage = z.infer<typeof changesPageSchema>;

/** The cursor before the first change. */
export const initialCursor = '';

export const pushEntrySchema = z.object({
  key: z.string().min(1),
  item: wireItemSchema,
});
export type PushEntry = z.infer<typeof pushEntrySchema>;

/** `POST /v1/outbox` with `{ entries: PushEntry[] }`. */
export const pushRequestSchema = z.object({ entries: z.array(pushEntrySchema) });

export const pushResultSchema = z.object({
  key: z.string(),
  /** stored: new; duplicate: this key was stored before (a retry); rejected: the CRM will never take it as it is. */
  status: z.enum(['stored', 'duplicate', 'rejected']),
  reason: z.string().optional(),
});
export type PushResult = z.infer<typeof pushResultSchema>;
export const pushResponseSchema = z.object({ results: z.array(pushResultSchema) });
