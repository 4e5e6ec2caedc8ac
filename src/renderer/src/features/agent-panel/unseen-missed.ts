import { isMissed, type MyCall } from '@shared/domain/my-calls';

/** Missed calls that started after the newest one the agent has already seen in the panel. */
export function unseenMissed(calls: readonly MyCall[], seenUntil: number): MyCall[] {
  return calls.filter((call) => isMissed(call) && call.startedAt > seenUntil);
}

/** What "seen" moves up to when the agent looks at the list: its newest missed call. */
export function newestMissedAt(calls: readonly MyCall[], seenUntil: number): number {
  return calls.reduce((newest, call) => (isMissed(call) ? Math.max(newest, call.startedAt) : newest), seenUntil);
}
