import { inTransaction, type Store } from '../../store/connection';
import { writeAudit } from '../../store/queries/audit';
import { deleteOutboxEntry, heldOutboxEntry, releaseHeldEntry } from '../../store/queries/outbox';
import { wireItemSchema } from './wire';

/** Sends it again at the next round (the CRM's side was fixed). */
export function retryHeldEntry(store: Store, key: string, now = Date.now()): 'queued' | 'not-held' {
  return releaseHeldEntry(store, key, now) ? 'queued' : 'not-held';
}

/**
 * Gives the change up: it will never reach the CRM. The audit log keeps who
 * did it, what it was (kind and id) and the CRM's reason — not its values.
 */
export function discardHeldEntry(store: Store, key: string, by: string, now = Date.now()): 'discarded' | 'not-held' {
  return inTransaction(store, () => {
    const entry = heldOutboxEntry(store, key);
    if (!entry) return 'not-held' as const;
    const { id } = wireItemSchema.parse(entry.payload);
    writeAudit(store, { at: now, actor: by, action: 'sync.entry-discarded', entity: entry.entity, entityId: id, details: { key, reason: entry.reason } });
    deleteOutboxEntry(store, key);
    return 'discarded' as const;
  });
}
