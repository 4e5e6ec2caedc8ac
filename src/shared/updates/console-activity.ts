import { z } from 'zod';

/**
 * What the console is doing, as the page knows it (the phone and the agent
 * state live there): reported to main whenever it changes, so that an update
 * is never installed under a call.
 */
export const consoleActivitySchema = z
  .object({
    call: z.enum(['none', 'ringing', 'in-call', 'wrap-up']),
    agent: z.enum(['offline', 'ready', 'not-ready', 'on-call', 'wrap-up']),
    /** Epoch ms since the agent has been in that state. */
    agentSince: z.number().int().nonnegative(),
  })
  .strict();
export type ConsoleActivity = z.infer<typeof consoleActivitySchema>;

/** Where an update is: the page shows "update ready" only in `ready`. */
export const updateStatusSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('disabled'), reason: z.enum(['not-packaged', 'no-feed', 'browser-shell']) }),
  z.object({ state: z.literal('idle') }),
  z.object({ state: z.literal('downloading'), version: z.string() }),
  z.object({ state: z.literal('ready'), version: z.string() }),
  /** Refused at verification (checksum, signature): reported once, not retried until the next start or a new feed. */
  z.object({ state: z.literal('refused'), version: z.string().nullable(), problem: z.enum(['checksum', 'signature']) }),
]);
export type UpdateStatus = z.infer<typeof updateStatusSchema>;
