import type { CallState, LiveCall } from '../../core/phone/phone-state';

type WithoutMedia<Call> = Call extends unknown ? Omit<Call, 'media'> : never;

/**
 * A call as its status and controls show it: everything but its media
 * reading. The reading changes every second; the rest only when something
 * happens (answered, muted, held, transferring, ended).
 */
export type CallStage = WithoutMedia<CallState>;
export type LiveCallStage = WithoutMedia<LiveCall>;

const fieldsBesideMedia = (call: CallStage) => Object.entries(call).filter(([field]) => field !== 'media');

/**
 * The same stage of a call: every field but the media reading is the same
 * value. The phone builds the call afresh for each reading, keeping the
 * objects inside it (the remote party, a transfer, an ending) until they
 * change, so one level deep is enough.
 */
export function sameCallStage(a: CallStage, b: CallStage): boolean {
  if (a === b) return true;
  const before = fieldsBesideMedia(a);
  const after = new Map(fieldsBesideMedia(b));
  return before.length === after.size && before.every(([field, value]) => after.has(field) && Object.is(value, after.get(field)));
}

/** The same calls at the same stages, in the same order. */
export function sameCallStages(a: readonly CallStage[], b: readonly CallStage[]): boolean {
  return a.length === b.length && a.every((call, index) => sameCallStage(call, b[index] as CallStage));
}
