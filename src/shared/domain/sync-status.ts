import { z } from 'zod';

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
});
export type SyncStatus = z.infer<typeof syncStatusSchema>;
