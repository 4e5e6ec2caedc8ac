import { emptyWrapUpDraft, wrapUpDraftSchema, type PendingWrapUp, type WrapUpDraft } from '@shared/domain/wrap-up';
import type { Store } from '../../store/connection';
import { findCall } from '../../store/queries/calls';
import { deleteDraftRow, draftsWithCalls, saveDraftRow } from '../../store/queries/wrap-up';

const draftFieldsSchema = wrapUpDraftSchema.omit({ note: true });

/** A draft saved before the whole wrap-up was drafted (or damaged) keeps its note and starts the rest empty. */
function readDraft(note: string, wrapUp: string | null): WrapUpDraft {
  if (wrapUp === null) return { ...emptyWrapUpDraft, note };
  const fields = draftFieldsSchema.safeParse(JSON.parse(wrapUp));
  return { ...(fields.success ? fields.data : emptyWrapUpDraft), note };
}

/**
 * Saves the wrap-up the agent is typing about a call, as it is typed: one row
 * per call, overwritten each time. SQLite in WAL mode has it on disk when this
 * returns; what the renderer typed since its last save waits in its journal.
 */
export function saveWrapUpDraft(store: Store, interactionId: number, draft: WrapUpDraft, now = Date.now()): 'saved' | 'no-call' | 'wrapped-up' {
  const call = findCall(store, interactionId);
  if (!call) return 'no-call';
  // A draft arriving after the wrap-up was saved is stale (still in flight, or replayed from the page's journal).
  if (call.wrappedUpAt !== null) return 'wrapped-up';
  const { note, ...fields } = draft;
  saveDraftRow(store, { interactionId, body: note, wrapUp: fields, now });
  return 'saved';
}

/** The draft became a wrap-up: it no longer waits. */
export function discardWrapUpDraft(store: Store, interactionId: number): void {
  deleteDraftRow(store, interactionId);
}

/** Calls whose wrap-up was being written when the console stopped: newest first, to finish on the next start. */
export function listPendingWrapUps(store: Store, limit = 20): PendingWrapUp[] {
  return draftsWithCalls(store, limit).map(({ note, wrapUp, ...call }) => ({ ...call, draft: readDraft(note, wrapUp) }));
}
