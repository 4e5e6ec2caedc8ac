import { z } from 'zod';
import { callEndReasons } from './call-ending';
import { callDirections, callOutcomes } from './customer';

const epochMs = z.number().int().nonnegative();

/** The most calls the agent's own list shows: a shift's worth and some of the day before. */
export const myCallsMaxLimit = 200;

/**
 * "Today" is the agent's local day, so the page (which knows the agent's time
 * zone) says where it starts and ends; main counts what started in between.
 */
export const myCallsQuerySchema = z
  .object({
    day: z
      .object({ from: epochMs, to: epochMs })
      .strict()
      .refine((day) => day.to > day.from, { message: 'must end after it starts', path: ['to'] }),
    limit: z.number().int().min(1).max(myCallsMaxLimit).default(50),
  })
  .strict();
export type MyCallsQuery = z.input<typeof myCallsQuerySchema>;

/** One of the agent's calls, as the agent's own list shows it. */
export const myCallSchema = z.object({
  interactionId: z.number().int(),
  direction: z.enum(callDirections),
  /** The other party's number (E.164 when it read as one) or SIP user: what Call back dials. */
  number: z.string(),
  customerId: z.number().int().nullable(),
  customerName: z.string().nullable(),
  startedAt: epochMs,
  answeredAt: epochMs.nullable(),
  /** Null while the call is still going on. */
  endedAt: epochMs.nullable(),
  outcome: z.enum(callOutcomes).nullable(),
  endReason: z.enum(callEndReasons).nullable(),
  sipCode: z.number().int().nullable(),
});
export type MyCall = z.infer<typeof myCallSchema>;

/** The agent's day in numbers, from what the store holds (talk time and the saved wrap-ups; hold is not recorded). */
export const myDaySchema = z.object({
  /** Calls answered, either way. */
  handled: z.number().int().nonnegative(),
  /** Incoming calls that rang and nobody answered. */
  missed: z.number().int().nonnegative(),
  /** Mean of talk time plus the time from the call's end to its saved wrap-up, over the answered calls; null without any. */
  averageHandleSeconds: z.number().int().nonnegative().nullable(),
  /** From the end of each answered call to its saved wrap-up, summed. */
  wrapUpSeconds: z.number().int().nonnegative(),
});
export type MyDay = z.infer<typeof myDaySchema>;

export const myCallsSchema = z.object({
  /** The SIP user the calls are counted for (this console's phone account); null when none is set up. */
  agent: z.string().nullable(),
  /** Newest first. */
  calls: z.array(myCallSchema),
  today: myDaySchema,
});
export type MyCalls = z.infer<typeof myCallsSchema>;

/** An incoming call that rang and nobody answered: highlighted in the list, counted by the badge. */
export function isMissed(call: Pick<MyCall, 'direction' | 'outcome'>): boolean {
  return call.direction === 'inbound' && call.outcome === 'missed';
}

/** The local calendar day `now` falls in, midnight to midnight (23 or 25 hours long on the days clocks change). */
export function localDay(now: number): { from: number; to: number } {
  const date = new Date(now);
  const from = new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
  const to = new Date(date.getFullYear(), date.getMonth(), date.getDate() + 1).getTime();
  return { from, to };
}
