import { z } from 'zod';

/**
 * One item of the roster file `roster.file` names, for sites without a CRM
 * (with one, the roster comes through the sync contract). Items carry a
 * `kind` like the sync contract's and the import tool's, so one file format
 * serves both: a JSON array, or one item per line.
 */
export const rosterAgentSchema = z
  .object({
    kind: z.literal('agent'),
    id: z.string().trim().min(1).max(200),
    /** The agent's SIP address: presence and monitoring calls go to it. */
    sipAddress: z.string().trim().regex(/^sips?:[^\s@]+@[A-Za-z0-9.\-[\]:]+$/, 'must be a sip: address'),
    displayName: z.string().trim().min(1).max(128),
    team: z.string().trim().max(128),
    role: z.enum(['agent', 'supervisor', 'admin']),
    active: z.boolean(),
  })
  .strict();
export type RosterAgent = z.infer<typeof rosterAgentSchema>;
