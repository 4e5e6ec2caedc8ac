import { z } from 'zod';

/**
 * The database file was damaged at start and set aside (see recover-corrupt-store):
 * what the agent is told once, and IT can read in the log. Paths and counts only.
 */
export const storeRecoverySchema = z.object({
  /** SQLite's own words for what is wrong with the file. */
  reason: z.string(),
  /** Where the damaged file now is: kept, never deleted, for IT or a later salvage. */
  keptAt: z.string(),
  /** Changes the CRM had not acknowledged yet, copied into the new file and sent as usual. */
  outboxRecovered: z.number().int().nonnegative(),
  settingsRecovered: z.number().int().nonnegative(),
  /** Calls whose wrap-up was being written: they come back to be finished. */
  draftsRecovered: z.number().int().nonnegative(),
  /** Script versions saved here that the CRM had not acknowledged. */
  scriptsRecovered: z.number().int().nonnegative(),
  /** Evaluation form versions saved here that the CRM had not acknowledged. */
  scorecardFormsRecovered: z.number().int().nonnegative(),
});
export type StoreRecovery = z.infer<typeof storeRecoverySchema>;
