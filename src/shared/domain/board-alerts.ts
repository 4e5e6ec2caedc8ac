import { z } from 'zod';

const minutes = z.number().int().min(1).max(24 * 60);
const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM');

/**
 * What a supervisor wants to be told about (each null: off). Kept as a
 * setting of the supervisor's console; the board marks the rows it applies
 * to and, when `notify` is on, raises an OS notification once per alert.
 */
export const boardAlertRulesSchema = z
  .object({
    callLongerThanMinutes: minutes.nullable(),
    wrapUpLongerThanMinutes: minutes.nullable(),
    notReadyLongerThanMinutes: minutes.nullable(),
    /** The shift, in the supervisor's local time: an agent offline inside it is an alert. */
    offlineDuringShift: z.object({ from: clockTime, to: clockTime }).strict().nullable(),
    notify: z.boolean(),
  })
  .strict();
export type BoardAlertRules = z.infer<typeof boardAlertRulesSchema>;

export const defaultBoardAlertRules: BoardAlertRules = {
  callLongerThanMinutes: 10,
  wrapUpLongerThanMinutes: 3,
  notReadyLongerThanMinutes: 15,
  offlineDuringShift: null,
  notify: false,
};

export const boardAlertKinds = ['long-call', 'long-wrap-up', 'long-not-ready', 'offline-in-shift'] as const;
export type BoardAlertKind = (typeof boardAlertKinds)[number];

/** What the rules look at for one agent: their state since when, and their call since when. */
export interface AlertableAgent {
  state: 'ready' | 'not-ready' | 'in-call' | 'wrap-up' | 'offline' | 'unknown';
  stateSince: number;
  /** The connected call's start as the SIP server reported it, when there is one. */
  callSince: number | null;
}

function minutesOfDay(time: string): number {
  const [hours = 0, minutesPart = 0] = time.split(':').map(Number);
  return hours * 60 + minutesPart;
}

/** Whether `now` (local time) falls in the shift; a shift may run past midnight (22:00–06:00). */
export function inShift(shift: { from: string; to: string }, now: Date): boolean {
  const at = now.getHours() * 60 + now.getMinutes();
  const from = minutesOfDay(shift.from);
  const to = minutesOfDay(shift.to);
  return from <= to ? at >= from && at < to : at >= from || at < to;
}

/** The alerts that hold for an agent now. An agent whose state is unknown raises none: the board says why it is unknown instead. */
export function alertsFor(agent: AlertableAgent, rules: BoardAlertRules, now: number): BoardAlertKind[] {
  const longerThan = (since: number, limit: number | null) => limit !== null && now - since > limit * 60_000;
  const alerts: BoardAlertKind[] = [];
  const callSince = agent.callSince ?? (agent.state === 'in-call' ? agent.stateSince : null);
  if (callSince !== null && longerThan(callSince, rules.callLongerThanMinutes)) alerts.push('long-call');
  if (agent.state === 'wrap-up' && longerThan(agent.stateSince, rules.wrapUpLongerThanMinutes)) alerts.push('long-wrap-up');
  if (agent.state === 'not-ready' && longerThan(agent.stateSince, rules.notReadyLongerThanMinutes)) alerts.push('long-not-ready');
  if (agent.state === 'offline' && rules.offlineDuringShift !== null && inShift(rules.offlineDuringShift, new Date(now))) alerts.push('offline-in-shift');
  return alerts;
}
