import { watchedTeams, type RosterAgent } from '../domain/roster';

/** Who asks to open a call: their roster entry (null without a roster) and the name their own calls are stored under. */
export interface Reviewer {
  me: RosterAgent | null;
  ownName: string;
}

export type ReviewAccess = 'evaluate' | 'read' | 'none';

/**
 * Who may open which call, decided in main: an agent their own calls (read
 * only: the scorecard is not theirs to fill); a supervisor the calls of the
 * teams they lead, an admin every call (both may score them, but never
 * their own). `callTeams` are the roster teams of the call's agent.
 */
export function reviewAccess(reviewer: Reviewer, callAgent: string | null, callTeams: readonly string[], roster: readonly RosterAgent[]): ReviewAccess {
  const own = callAgent !== null && callAgent === (reviewer.me?.displayName ?? reviewer.ownName);
  const watched = watchedTeams(reviewer.me, roster);
  const leads = reviewer.me?.role === 'admin' ? reviewer.me.active : callTeams.some((team) => watched.has(team));
  if (leads && !own) return 'evaluate';
  return own || leads ? 'read' : 'none';
}

/** Why someone may not edit evaluation forms; `allowed` when they may. */
export type FormEditAccess = 'allowed' | 'not-in-roster' | 'inactive' | 'not-a-supervisor';
export const formEditRefusals = ['not-in-roster', 'inactive', 'not-a-supervisor'] as const;

/**
 * Who may edit evaluation forms, decided in main (the page only hides the
 * button): an active supervisor or admin of the roster. An agent is not
 * scored by rules they wrote; someone who left, or whom the roster does not
 * know, edits nothing.
 */
export function formEditAccess(me: RosterAgent | null): FormEditAccess {
  if (me === null) return 'not-in-roster';
  if (!me.active) return 'inactive';
  return me.role === 'supervisor' || me.role === 'admin' ? 'allowed' : 'not-a-supervisor';
}
