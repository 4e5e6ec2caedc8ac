import { randomUUID } from 'node:crypto';
import type { Sqlite } from '../../store/database';
import { preparedPerDatabase } from '../../store/prepared';
import { scriptItemId, type InteractionItem, type NoteItem, type PromiseItem, type ScriptItem } from './wire';

/** What the console creates and the CRM must receive. A wrap-up is the interaction's disposition, root causes and texts: enqueue the interaction. */
export type OutboxKind = 'interaction' | 'note' | 'promise' | 'script';

export interface OutboxChange {
  kind: OutboxKind;
  /** The row's id in the local table (interactions, notes, promises) after the caller wrote it. */
  localId: number;
}

interface Row {
  [column: string]: string | number | null;
}

const statements = preparedPerDatabase((sqlite: Sqlite) => {
  const externalIdOf = (table: string) => ({
    get: sqlite.prepare<[number], string | null>(`SELECT external_id FROM ${table} WHERE id = ?`).pluck(),
    set: sqlite.prepare<[string, number]>(`UPDATE ${table} SET external_id = ? WHERE id = ? AND external_id IS NULL`),
  });
  return {
    customers: externalIdOf('customers'),
    interactions: externalIdOf('interactions'),
    notes: externalIdOf('notes'),
    promises: externalIdOf('promises'),
    interaction: sqlite.prepare<[number], Row>('SELECT * FROM interactions WHERE id = ?'),
    touchInteraction: sqlite.prepare<[number, number]>('UPDATE interactions SET updated_at = max(coalesce(updated_at, 0), ?) WHERE id = ?'),
    rootCauses: sqlite.prepare<[number], string>('SELECT code FROM interaction_root_causes WHERE interaction_id = ? ORDER BY code').pluck(),
    note: sqlite.prepare<[number], Row>('SELECT * FROM notes WHERE id = ?'),
    promise: sqlite.prepare<[number], Row>('SELECT * FROM promises WHERE id = ?'),
    script: sqlite.prepare<[number], Row>('SELECT * FROM scripts WHERE id = ?'),
    insert: sqlite.prepare<[string, string, string, number, number]>(
      `INSERT INTO sync_outbox (idempotency_key, entity, operation, payload, created_at, next_attempt_at) VALUES (?, ?, 'upsert', ?, ?, ?)`,
    ),
  };
});

type Statements = ReturnType<typeof statements>;

/**
 * The CRM names records by their external id; a row made here gets one now
 * (a UUID), so that the copy the CRM sends back later lands on the same row
 * instead of beside it.
 */
function externalId(statement: Statements, table: 'customers' | 'interactions' | 'notes' | 'promises', id: number): string {
  const existing = statement[table].get.get(id);
  if (existing) return existing;
  const made = randomUUID();
  statement[table].set.run(made, id);
  return made;
}

const optionalRef = (statement: Statements, table: 'customers' | 'interactions', id: string | number | null) =>
  id === null ? null : externalId(statement, table, Number(id));

function required(row: Row | undefined, kind: OutboxKind, localId: number): Row {
  if (!row) throw new Error(`enqueue: ${kind} ${localId} does not exist (write the row first, in the same transaction)`);
  return row;
}

function item(statement: Statements, { kind, localId }: OutboxChange, now: number): InteractionItem | NoteItem | PromiseItem | ScriptItem {
  switch (kind) {
    case 'interaction': {
      // This change is the call's newest version: a copy of an older one the feed replays later must not undo it.
      statement.touchInteraction.run(now, localId);
      const row = required(statement.interaction.get(localId), kind, localId);
      return {
        kind,
        id: externalId(statement, 'interactions', localId),
        customerId: optionalRef(statement, 'customers', row.customer_id ?? null),
        direction: String(row.direction),
        fromNumber: String(row.from_number),
        toNumber: String(row.to_number),
        startedAt: Number(row.started_at),
        answeredAt: row.answered_at === null ? null : Number(row.answered_at),
        endedAt: row.ended_at === null ? null : Number(row.ended_at),
        agent: row.agent === null ? null : String(row.agent),
        outcome: row.outcome === null ? null : String(row.outcome),
        endReason: row.end_reason === null ? null : String(row.end_reason),
        sipCode: row.sip_code === null ? null : Number(row.sip_code),
        dispositionCode: row.disposition_code === null ? null : String(row.disposition_code),
        rootCauses: statement.rootCauses.all(localId),
        customerWanted: row.customer_wanted === null ? null : String(row.customer_wanted),
        weOffered: row.we_offered === null ? null : String(row.we_offered),
        updatedAt: Number(row.updated_at),
      };
    }
    case 'note': {
      const row = required(statement.note.get(localId), kind, localId);
      return {
        kind,
        id: externalId(statement, 'notes', localId),
        customerId: externalId(statement, 'customers', Number(row.customer_id)),
        interactionId: optionalRef(statement, 'interactions', row.interaction_id ?? null),
        author: String(row.author),
        body: String(row.body),
        createdAt: Number(row.created_at),
      };
    }
    case 'promise': {
      const row = required(statement.promise.get(localId), kind, localId);
      return {
        kind,
        id: externalId(statement, 'promises', localId),
        customerId: externalId(statement, 'customers', Number(row.customer_id)),
        interactionId: optionalRef(statement, 'interactions', row.interaction_id ?? null),
        description: String(row.description),
        ownerType: String(row.owner_type),
        ownerName: String(row.owner_name),
        dueAt: Number(row.due_at),
        status: String(row.status),
        statusChangedAt: Number(row.status_changed_at),
        createdAt: Number(row.created_at),
      };
    }
    case 'script': {
      const row = required(statement.script.get(localId), kind, localId);
      const slug = String(row.slug);
      const version = Number(row.version);
      return {
        kind,
        id: scriptItemId(slug, version),
        slug,
        version,
        body: JSON.parse(String(row.body)) as unknown,
        createdAt: Number(row.created_at),
        createdBy: row.created_by === null ? null : String(row.created_by),
      };
    }
  }
}

const listeners = new WeakMap<Sqlite, Set<() => void>>();

/** Called after every enqueue on this database (the sync service pushes at once instead of at its next round). */
export function onEnqueued(sqlite: Sqlite, listener: () => void): () => void {
  const set = listeners.get(sqlite) ?? new Set();
  listeners.set(sqlite, set);
  set.add(listener);
  return () => set.delete(listener);
}

/**
 * Queues a row the console just wrote (a call, its wrap-up, a note, a new
 * promise or a promise's new status) for the CRM. Call it in the same
 * transaction as the write: the row and its outbox entry are stored together
 * or not at all, so a crash can neither lose the change nor send it twice.
 * The entry is a snapshot of the row now, under a fresh idempotency key; it
 * is pushed, retried with backoff until the CRM acknowledges it.
 */
export function enqueue(sqlite: Sqlite, change: OutboxChange, now = Date.now()): { idempotencyKey: string; externalId: string } {
  const statement = statements(sqlite);
  const result = sqlite.transaction(() => {
    const snapshot = item(statement, change, now);
    const idempotencyKey = randomUUID();
    statement.insert.run(idempotencyKey, snapshot.kind, JSON.stringify(snapshot), now, now);
    return { idempotencyKey, externalId: snapshot.id };
  })();
  // Listeners only schedule work; by the time it runs, a caller's outer transaction (synchronous) has committed.
  listeners.get(sqlite)?.forEach((listener) => listener());
  return result;
}
