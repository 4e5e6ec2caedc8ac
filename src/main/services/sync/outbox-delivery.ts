import { inTransaction, type Store } from '../../store/connection';
import { acknowledgeOutboxEntry, dueOutboxEntries, outboxAttempts, recordOutboxAttempt } from '../../store/queries/outbox';
import { backoffDelay, type BackoffPolicy } from './backoff';
import type { PushEntry } from './wire';
import { wireItemSchema } from './wire';

/** Entries whose turn has come, oldest first. */
export function dueEntries(store: Store, now: number, limit: number): PushEntry[] {
  return dueOutboxEntries(store, now, limit).map(({ key, payload }) => ({ key, item: wireItemSchema.parse(payload) }));
}

export function markAcknowledged(store: Store, keys: readonly string[], now: number): void {
  inTransaction(store, () => keys.forEach((key) => acknowledgeOutboxEntry(store, key, now)));
}

/**
 * The CRM could not be reached: the entries stay due, and the sync service's
 * own backoff decides when the next round is, so that they all go the moment
 * the CRM answers again.
 */
export function recordFailedAttempt(store: Store, keys: readonly string[], error: string): void {
  inTransaction(store, () => keys.forEach((key) => recordOutboxAttempt(store, key, error)));
}

/** The CRM answered but did not take these entries: each is tried again after a backoff that grows with every attempt of that entry. */
export function markForRetry(store: Store, keys: readonly string[], error: string, now: number, policy: BackoffPolicy): void {
  inTransaction(store, () => {
    for (const key of keys) recordOutboxAttempt(store, key, error, now + backoffDelay(outboxAttempts(store, key) + 1, policy));
  });
}
