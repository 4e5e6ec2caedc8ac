import type { ConsoleActivity } from './console-activity';

/** IT's install window, local wall-clock time; `end` before `start` crosses midnight (22:00–06:00). */
export interface InstallWindow {
  start: string;
  end: string;
}

export type InstallDecision =
  | { install: true }
  | { install: false; reason: 'no-activity-known' | 'ringing' | 'in-call' | 'wrap-up' | 'outside-window' | 'not-idle-long-enough' | 'no-window' };

/** A call of any kind, or after-call work: never the moment to restart. */
export function busyReason(activity: ConsoleActivity): 'ringing' | 'in-call' | 'wrap-up' | null {
  if (activity.call === 'ringing') return 'ringing';
  if (activity.call === 'in-call' || activity.agent === 'on-call') return 'in-call';
  if (activity.call === 'wrap-up' || activity.agent === 'wrap-up') return 'wrap-up';
  return null;
}

function minutesOfDay(clock: string): number {
  const [hours = 0, minutes = 0] = clock.split(':').map(Number);
  return hours * 60 + minutes;
}

export function insideWindow(window: InstallWindow, now: Date): boolean {
  const start = minutesOfDay(window.start);
  const end = minutesOfDay(window.end);
  const at = now.getHours() * 60 + now.getMinutes();
  return start <= end ? at >= start && at < end : at >= start || at < end;
}

/**
 * Whether a downloaded update may restart the console on its own: only
 * inside IT's window, and only when no call is ringing or up, the agent is
 * not in wrap-up, and has been ready, not ready or offline for at least
 * `idleMinutes`. A console that never reported its state is not idle.
 */
export function mayInstallNow(input: {
  activity: ConsoleActivity | null;
  window: InstallWindow | null;
  idleMinutes: number;
  now: Date;
}): InstallDecision {
  const { activity, window, now } = input;
  if (!window) return { install: false, reason: 'no-window' };
  if (!activity) return { install: false, reason: 'no-activity-known' };
  const busy = busyReason(activity);
  if (busy) return { install: false, reason: busy };
  if (!insideWindow(window, now)) return { install: false, reason: 'outside-window' };
  if (now.getTime() - activity.agentSince < input.idleMinutes * 60_000) return { install: false, reason: 'not-idle-long-enough' };
  return { install: true };
}

/** The agent's own "restart now": any idle moment, whatever the window. */
export function mayRestartOnRequest(activity: ConsoleActivity | null): InstallDecision {
  if (!activity) return { install: false, reason: 'no-activity-known' };
  const busy = busyReason(activity);
  return busy ? { install: false, reason: busy } : { install: true };
}
