import { and, asc, count, eq, isNotNull, isNull, lte, min, sql } from 'drizzle-orm';
import type { HeldEntry, OutboxKind } from '@shared/domain/held-entry';
import type { Store } from '../connection';
import { syncOutbox } from '../schema';

const pending = isNull(syncOutbox.ackedAt);
const held = and(pending, isNotNull(syncOutbox.heldReason));
const byKey = (key: string) => eq(syncOutbox.idempotencyKey, key);

export function insertOutboxEntry(store: Store, entry: { idempotencyKey: string; entity: OutboxKind; payload: unknown; now: number }): void {
  const { idempotencyKey, entity, payload, now } = entry;
  store.orm.insert(syncOutbox).values({ idempotencyKey, entity, operation: 'upsert', payload, createdAt: now, attempts: 0, nextAttemptAt: now }).run();
}

/** Entries whose turn has come (not acknowledged, not held), oldest first. */
export function dueOutboxEntries(store: Store, now: number, limit: number): { key: string; payload: unknown }[] {
  return store.orm
    .select({ key: syncOutbox.idempotencyKey, payload: syncOutbox.payload })
    .from(syncOutbox)
    .where(and(pending, isNull(syncOutbox.heldReason), lte(syncOutbox.nextAttemptAt, now)))
    .orderBy(asc(syncOutbox.id))
    .limit(limit)
    .all();
}

export function acknowledgeOutboxEntry(store: Store, key: string, now: number): void {
  store.orm.update(syncOutbox).set({ ackedAt: now, lastError: null }).where(and(byKey(key), pending)).run();
}

/** One more attempt failed; `nextAttemptAt` set: not before then. */
export function recordOutboxAttempt(store: Store, key: string, error: string, nextAttemptAt?: number): void {
  store.orm
    .update(syncOutbox)
    .set({ attempts: sql`${syncOutbox.attempts} + 1`, lastError: error, ...(nextAttemptAt === undefined ? {} : { nextAttemptAt }) })
    .where(byKey(key))
    .run();
}

export function outboxAttempts(store: Store, key: string): number {
  return store.orm.select({ attempts: syncOutbox.attempts }).from(syncOutbox).where(byKey(key)).get()?.attempts ?? 0;
}

export function pendingOutboxCount(store: Store): number {
  return store.orm.select({ pending: count() }).from(syncOutbox).where(pending).get()?.pending ?? 0;
}

/** When the earliest waiting entry may be tried (null: nothing waits). */
export function nextOutboxAttemptAt(store: Store): number | null {
  return store.orm.select({ at: min(syncOutbox.nextAttemptAt) }).from(syncOutbox).where(and(pending, isNull(syncOutbox.heldReason))).get()?.at ?? null;
}

/** The CRM refused it for good: it waits for a person instead of being sent again every few minutes. */
export function holdOutboxEntry(store: Store, key: string, reason: string): void {
  store.orm.update(syncOutbox).set({ attempts: sql`${syncOutbox.attempts} + 1`, heldReason: reason }).where(and(byKey(key), pending)).run();
}

export function heldOutboxEntries(store: Store): HeldEntry[] {
  return store.orm
    .select({ key: syncOutbox.idempotencyKey, kind: syncOutbox.entity, createdAt: syncOutbox.createdAt, reason: syncOutbox.heldReason })
    .from(syncOutbox)
    .where(held)
    .orderBy(asc(syncOutbox.id))
    .all()
    .map((entry) => ({ ...entry, reason: entry.reason ?? '' }));
}

export function heldOutboxEntry(store: Store, key: string): { entity: OutboxKind; payload: unknown; reason: string } | null {
  const entry = store.orm
    .select({ entity: syncOutbox.entity, payload: syncOutbox.payload, reason: syncOutbox.heldReason })
    .from(syncOutbox)
    .where(and(byKey(key), held))
    .get();
  return entry ? { ...entry, reason: entry.reason ?? '' } : null;
}

/** Due again at `now`, with a fresh count of attempts; false when the entry is not held. */
export function releaseHeldEntry(store: Store, key: string, now: number): boolean {
  return store.orm.update(syncOutbox).set({ heldReason: null, attempts: 0, nextAttemptAt: now }).where(and(byKey(key), held)).run().changes > 0;
}

export function deleteOutboxEntry(store: Store, key: string): void {
  store.orm.delete(syncOutbox).where(byKey(key)).run();
}
