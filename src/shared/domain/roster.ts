import { z } from 'zod';

export const rosterRoles = ['agent', 'supervisor', 'admin'] as const;
export type RosterRole = (typeof rosterRoles)[number];

/**
 * A person of the contact center as the CRM's roster has them (sync item
 * `agent`). `sipAddress` is `user@domain` (no scheme), the domain in lower
 * case: what a console's phone account is matched against, and what the
 * board subscribes to.
 */
export const rosterAgentSchema = z.object({
  id: z.string(),
  sipAddress: z.string(),
  displayName: z.string(),
  team: z.string(),
  /** The teams a supervisor leads (besides nothing else: an agent leads none). */
  leadsTeams: z.array(z.string()),
  role: z.enum(rosterRoles),
  active: z.boolean(),
});
export type RosterAgent = z.infer<typeof rosterAgentSchema>;

/** The last read of the roster file IT's policy names (`roster.file`, sites without a CRM). */
export const rosterFileReportSchema = z.object({
  path: z.string(),
  readAt: z.number(),
  /** People in the file as stored (new, changed or as they were). */
  people: z.number().int(),
  /** Entries refused or adjusted, and fields ignored, with where in the file. */
  problems: z.array(z.object({ at: z.string(), reasons: z.array(z.string()) })),
  /** Why the file was not used at all (missing, untrusted, not JSON…); null when it was. */
  error: z.string().nullable(),
});
export type RosterFileReport = z.infer<typeof rosterFileReportSchema>;

export const rosterSchema = z.object({
  /** This console's user: the roster entry whose SIP address is the phone account's; null when none is (no roster, or not in it). */
  me: rosterAgentSchema.nullable(),
  /** Everyone in the roster, active or not (history names people who left), sorted by team then name. */
  agents: z.array(rosterAgentSchema),
  /** Where the policy names a roster file: how its last read went; null otherwise. */
  file: rosterFileReportSchema.nullable(),
});
export type Roster = z.infer<typeof rosterSchema>;

/** A SIP address as the roster keeps it: no scheme, no parameters, the domain in lower case; null when it is not `user@domain`. */
export function rosterSipAddress(raw: string): string | null {
  const bare = raw.trim().replace(/^sips?:/i, '').split(/[;?>]/)[0] ?? '';
  const [, user, domain] = /^([^\s@:;]+)@([A-Za-z0-9.\-[\]:]+)$/.exec(bare) ?? [];
  return user === undefined || domain === undefined ? null : `${user}@${domain.toLowerCase()}`;
}

/**
 * The teams whose agents a person may watch and review: a supervisor the
 * teams they lead (their own when the roster names none), an admin every
 * team, an agent none.
 */
export function watchedTeams(person: RosterAgent | null, agents: readonly RosterAgent[]): ReadonlySet<string> {
  if (person === null || !person.active) return new Set();
  if (person.role === 'admin') return new Set(agents.map((agent) => agent.team));
  if (person.role === 'supervisor') return new Set(person.leadsTeams.length > 0 ? person.leadsTeams : [person.team]);
  return new Set();
}
