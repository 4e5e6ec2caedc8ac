import { z } from 'zod';

/**
 * Why the last round failed, in terms the console can put in plain words:
 * the CRM is out of reach, refused the token, failed on its side, answered
 * outside the contract, or something else went wrong.
 */
export const syncProblemKinds = ['unreachable', 'unauthorized', 'server-error', 'bad-answer', 'failed'] as const;
export type SyncProblemKind = (typeof syncProblemKinds)[number];

/**
 * What the console says about its link to the CRM: whether one is set up,
 * whether it is reachable now, when it last caught up, and how much of what
 * the agent did is still waiting to be sent.
 */
export const syncStatusSchema = z.object({
  connection: z.enum(['not-configured', 'syncing', 'synced', 'offline']),
  lastSyncAt: z.number().int().nullable(),
  /** Outbox entries the CRM has not acknowledged yet. */
  pending: z.number().int().nonnegative(),
  /** Technical reason of the last failure (no customer data), for the tooltip and diagnostics. */
  problem: z.string().nullable(),
  /** The same failure, classified for the agent (null when the last round went well). */
  problemKind: z.enum(syncProblemKinds).nullable(),
});
export type SyncStatus = z.infer<typeof syncStatusSchema>;
