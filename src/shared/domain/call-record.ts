import { z } from 'zod';
import { callDirections, callOutcomes } from './customer';

const callStartFields = {
  direction: z.enum(callDirections),
  /** The other party: a number or a SIP user, as SIP gave it. */
  remote: z.string().trim().min(1).max(256),
  /** Our side: the agent's SIP user. */
  local: z.string().trim().min(1).max(256),
  sipCallId: z.string().min(1).max(512),
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
  })
  .strict()
  .refine((record) => record.endedAt >= record.startedAt, { message: 'must not be before startedAt', path: ['endedAt'] });
export type CallRecord = z.infer<typeof callRecordSchema>;

/**
 * A display name from a SIP header, made safe to show: no control
 * characters, no runaway length. (It is rendered as text, never as HTML.)
 */
export function cleanDisplayName(raw: string | undefined | null, maxLength = 80): string | null {
  if (!raw) return null;
  // eslint-disable-next-line no-control-regex -- stripping control characters is the point.
  const cleaned = raw.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '').trim();
  if (cleaned === '') return null;
  return cleaned.length > maxLength ? `${cleaned.slice(0, maxLength - 1)}…` : cleaned;
}
