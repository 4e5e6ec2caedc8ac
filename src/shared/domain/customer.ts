import { z } from 'zod';
import { capturedAnswerSchema, missedCheckpointSchema } from './captured-answer';
import { languageSchema, localizedLabelSchema } from './language';

export const customerTiers = ['standard', 'key', 'vip'] as const;
export const tierSchema = z.enum(customerTiers);
export type Tier = z.infer<typeof tierSchema>;

export const tones = ['friendly', 'formal'] as const;
export const toneSchema = z.enum(tones);
export type Tone = z.infer<typeof toneSchema>;

export const customerIdSchema = z.number().int().positive();
const epochMs = z.number().int().nonnegative();

export const customerHitSchema = z.object({
  id: customerIdSchema,
  displayName: z.string(),
  company: z.string().nullable(),
  tier: tierSchema,
  /** The phone that matched the query, or the customer's first phone. */
  phone: z.string().nullable(),
  email: z.string().nullable(),
});
export type CustomerHit = z.infer<typeof customerHitSchema>;

export const customerPhoneSchema = z.object({ e164: z.string(), label: z.string().nullable() });

export const promiseStatuses = ['open', 'kept', 'broken', 'cancelled'] as const;
export const promiseOwnerTypes = ['me', 'team', 'person'] as const;

export const promiseSchema = z.object({
  id: z.number().int(),
  description: z.string(),
  ownerType: z.enum(promiseOwnerTypes),
  ownerName: z.string(),
  dueAt: epochMs,
  status: z.enum(promiseStatuses),
  createdAt: epochMs,
});
export type CustomerPromise = z.infer<typeof promiseSchema>;

export const customerProfileSchema = z.object({
  id: customerIdSchema,
  firstName: z.string(),
  lastName: z.string(),
  displayName: z.string(),
  company: z.string().nullable(),
  email: z.string().nullable(),
  tier: tierSchema,
  preferredLanguage: languageSchema.nullable(),
  preferredTone: toneSchema,
  tags: z.array(z.string()),
  phones: z.array(customerPhoneSchema),
  /** Open promises, soonest due first: they lead the card. */
  openPromises: z.array(promiseSchema),
  callCount: z.number().int().nonnegative(),
  lastContactAt: epochMs.nullable(),
});
export type CustomerProfile = z.infer<typeof customerProfileSchema>;

export const callDirections = ['inbound', 'outbound'] as const;
/** How a call came out, coarsely (the ending's reason says exactly why: call-ending.ts). */
export const callOutcomes = ['answered', 'missed', 'declined', 'busy', 'forwarded', 'failed', 'voicemail', 'no-answer', 'cancelled'] as const;

const codeRefSchema = z.object({ code: z.string(), label: localizedLabelSchema });

export const timelineEntrySchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('call'),
    id: z.number().int(),
    at: epochMs,
    direction: z.enum(callDirections),
    fromNumber: z.string(),
    toNumber: z.string(),
    /** Null while the call is still going on. */
    outcome: z.enum(callOutcomes).nullable(),
    durationSec: z.number().int().nonnegative().nullable(),
    agent: z.string().nullable(),
    disposition: codeRefSchema.nullable(),
    rootCauses: z.array(codeRefSchema),
    /** Seed 000: what the customer actually wanted, apart from what we offered (a compensation is not a fix). */
    customerWanted: z.string().nullable(),
    weOffered: z.string().nullable(),
  }),
  z.object({
    kind: z.literal('note'),
    id: z.number().int(),
    at: epochMs,
    author: z.string(),
    body: z.string(),
  }),
  z.object({
    kind: z.literal('promise'),
    id: z.number().int(),
    at: epochMs,
    promise: promiseSchema,
  }),
  z.object({
    kind: z.literal('script'),
    id: z.number().int(),
    at: epochMs,
    interactionId: z.number().int(),
    /** The script's title in the language the agent used. */
    title: z.string(),
    version: z.number().int(),
    answers: z.array(capturedAnswerSchema),
    missedCheckpoints: z.array(missedCheckpointSchema),
    finished: z.boolean(),
  }),
]);
export type TimelineEntry = z.infer<typeof timelineEntrySchema>;

/** Position after the last entry of a page: entries strictly older come next. */
export const timelineCursorSchema = z.object({
  at: epochMs,
  kind: z.enum(['call', 'note', 'promise', 'script']),
  id: z.number().int(),
});
export type TimelineCursor = z.infer<typeof timelineCursorSchema>;

export const timelinePageSchema = z.object({
  entries: z.array(timelineEntrySchema),
  next: timelineCursorSchema.nullable(),
});
export type TimelinePage = z.infer<typeof timelinePageSchema>;
