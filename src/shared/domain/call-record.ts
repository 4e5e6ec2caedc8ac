import { z } from 'zod';
import { callEndReasons } from './call-ending';
import { callDirections, callOutcomes } from './customer';

/** The store's limit on a party's number or user (callStartSchema's `remote`). */
export const callPartyMaxLength = 256;
/** The store's limit on a Call-ID: a longer one is refused before it rings (no real phone makes one). */
export const sipCallIdMaxLength = 512;

const callStartFields = {
  direction: z.enum(callDirections),
  /** The other party: a number or a SIP user, as SIP gave it. */
  remote: z.string().trim().min(1).max(callPartyMaxLength),
  /** Our side: the agent's SIP user. */
  local: z.string().trim().min(1).max(256),
  sipCallId: z.string().min(1).max(sipCallIdMaxLength),
  startedAt: z.number().int().nonnegative(),
};

/** What the phone reports when a call starts ringing or is dialled: it becomes an interaction at once. */
export const callStartSchema = z.object(callStartFields).strict();
export type CallStart = z.infer<typeof callStartSchema>;

/** What the phone reports when a call is over, answered or not. */
export const callRecordSchema = z
  .object({
    ...callStartFields,
    answeredAt: z.number().int().nonnegative().nullable(),
    endedAt: z.number().int().nonnegative(),
    outcome: z.enum(callOutcomes),
    /** Why it ended, exactly (the outcome is the coarse count of it). */
    endReason: z.enum(callEndReasons),
    /** The SIP status code behind the ending, when there is one. */
    sipCode: z.number().int().min(100).max(699).nullable(),
    /** The longest stretch, in seconds, in which nothing arrived from the other side while the call was up and not on hold. */
    longestNoAudioSeconds: z.number().int().nonnegative().nullable(),
    /** The whole call's quality from its audio statistics at the end (null when never answered, or no statistics came). */
    quality: z
      .object({
        mos: z.number().min(1).max(5),
        lossPercent: z.number().min(0).max(100),
        jitterMs: z.number().nonnegative(),
        roundTripMs: z.number().nonnegative().nullable(),
      })
      .strict()
      .nullish(),
  })
  .strict()
  .refine((record) => record.endedAt >= record.startedAt, { message: 'must not be before startedAt', path: ['endedAt'] });
export type CallRecord = z.infer<typeof callRecordSchema>;

// eslint-disable-next-line no-control-regex -- stripping control and bidi characters is the point.
const unsafeCharacters = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** Text from a SIP header, made safe to show and to store: no control or bidi characters, no runaway length. */
function cleanHeaderText(raw: string, maxLength: number): string {
  const cleaned = raw.replace(unsafeCharacters, '').trim();
  return cleaned.length > maxLength ? `${cleaned.slice(0, maxLength - 1)}…` : cleaned;
}

/** A display name from a SIP header, made safe to show (it is rendered as text, never as HTML). */
export function cleanDisplayName(raw: string | undefined | null, maxLength = 80): string | null {
  if (!raw) return null;
  return cleanHeaderText(raw, maxLength) || null;
}

/**
 * The other party's number or user (the From or To user part), as safe as a
 * display name: a U+202E in it would reverse the digits on screen and in the
 * store. Bounded so that an absurd one is stored shortened, never dropped.
 */
export function cleanCallerNumber(raw: string | undefined | null): string {
  return raw ? cleanHeaderText(raw, callPartyMaxLength) : '';
}

