import type { TimelineCursor, TimelineEntry } from '@shared/domain/customer';
import type { Store } from '../connection';
import { preparedPerDatabase } from '../prepared';

/*
 * Raw prepared statements, not drizzle: the customer card's timeline is a
 * UNION of four per-source index walks, measured in docs/BENCHMARKS.md
 * (customer card); drizzle would build the same SQL with no type gained.
 */

type CallEntryRow = Omit<Extract<TimelineEntry, { kind: 'call' }>, 'kind' | 'disposition' | 'rootCauses' | 'at'> & {
  at: number;
  dispositionCode: string | null;
  labelEn: string | null;
  labelRu: string | null;
  labelUk: string | null;
};

/**
 * One source's entries strictly after the cursor in (at, kind, id) descending
 * order, a page at most: each walks its (customer, time) index backwards.
 */
function olderThanCursor(table: string, at: string, kind: TimelineCursor['kind']): string {
  return `SELECT ${at} AS at, '${kind}' AS kind, id FROM ${table}
          WHERE customer_id = :customerId AND ${at} <= :at
            AND (${at} < :at OR '${kind}' < :kind OR ('${kind}' = :kind AND id < :id))
          ORDER BY ${at} DESC, id DESC LIMIT :limit`;
}

const statements = preparedPerDatabase((store: Store) => ({
  // Ordered by (at, kind, id) descending so that the cursor is a total order
  // even when a call, its note and its promise share a timestamp. Each source
  // walks its (customer, time) index down from the cursor and stops after a
  // page, so a page costs the same for a customer with thousands of entries
  // as for one with ten; only the short lists are merged.
  keys: store.sqlite.prepare<TimelineCursor & { customerId: number; limit: number }, TimelineCursor>(
    `SELECT at, kind, id FROM (
       SELECT * FROM (${olderThanCursor('interactions', 'started_at', 'call')})
       UNION ALL SELECT * FROM (${olderThanCursor('notes', 'created_at', 'note')})
       UNION ALL SELECT * FROM (${olderThanCursor('promises', 'created_at', 'promise')})
       UNION ALL SELECT * FROM (${olderThanCursor('script_runs', 'started_at', 'script')})
     )
     ORDER BY at DESC, kind DESC, id DESC
     LIMIT :limit`,
  ),
  call: store.sqlite.prepare<[number], CallEntryRow>(
    `SELECT i.id, i.started_at AS at, i.direction, i.from_number AS fromNumber, i.to_number AS toNumber, i.outcome,
            CASE WHEN i.answered_at IS NOT NULL AND i.ended_at IS NOT NULL
                 THEN (i.ended_at - i.answered_at) / 1000 END AS durationSec,
            i.agent, i.disposition_code AS dispositionCode, i.customer_wanted AS customerWanted, i.we_offered AS weOffered,
            d.label_en AS labelEn, d.label_ru AS labelRu, d.label_uk AS labelUk
     FROM interactions i LEFT JOIN disposition_codes d ON d.code = i.disposition_code
     WHERE i.id = ?`,
  ),
  rootCauses: store.sqlite.prepare<[number], { code: string; en: string; ru: string; uk: string }>(
    `SELECT r.code, c.label_en AS en, c.label_ru AS ru, c.label_uk AS uk
     FROM interaction_root_causes r JOIN root_cause_codes c ON c.code = r.code
     WHERE r.interaction_id = ? ORDER BY c.sort_order, r.code`,
  ),
  note: store.sqlite.prepare<[number], { id: number; at: number; author: string; body: string }>('SELECT id, created_at AS at, author, body FROM notes WHERE id = ?'),
  scriptRunCall: store.sqlite.prepare<[number], number | null>('SELECT interaction_id FROM script_runs WHERE id = ?').pluck(),
}));

/** The keys of a customer's entries after the cursor, newest first, `limit` at most. */
export function timelineKeys(store: Store, customerId: number, after: TimelineCursor, limit: number): TimelineCursor[] {
  return statements(store).keys.all({ customerId, ...after, limit });
}

export function timelineCall(store: Store, id: number): CallEntryRow | undefined {
  return statements(store).call.get(id);
}

/** A call's root causes with their labels, in the list's order. */
export function timelineRootCauses(store: Store, id: number): { code: string; en: string; ru: string; uk: string }[] {
  return statements(store).rootCauses.all(id);
}

export function timelineNote(store: Store, id: number): { id: number; at: number; author: string; body: string } | undefined {
  return statements(store).note.get(id);
}

/** The call a script run belongs to (undefined: no such run, or its call was deleted). */
export function scriptRunCallId(store: Store, runId: number): number | undefined {
  return statements(store).scriptRunCall.get(runId) ?? undefined;
}
