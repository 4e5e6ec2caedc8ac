import type { CustomerPromise, TimelineCursor, TimelineEntry, TimelinePage } from '@shared/domain/customer';
import type { LocalizedLabel } from '@shared/domain/language';
import { eq, sql } from 'drizzle-orm';
import type { Sqlite, Store } from '../../store/database';
import { preparedPerDatabase } from '../../store/prepared';
import { promises } from '../../store/schema';
import { getScriptRun } from '../scripts/script-runs';
import { promiseFields } from './profile';

type EntryKey = TimelineCursor;
type CallRow = Omit<Extract<TimelineEntry, { kind: 'call' }>, 'kind' | 'disposition' | 'rootCauses' | 'at'> & {
  at: number;
  dispositionCode: string | null;
  labelEn: string | null;
  labelRu: string | null;
  labelUk: string | null;
};

/** Later than any real timestamp: the first page starts here ('script' sorts last of the kinds). */
const newest: EntryKey = { at: Number.MAX_SAFE_INTEGER, kind: 'script', id: Number.MAX_SAFE_INTEGER };

/**
 * One source's entries strictly after the cursor in (at, kind, id) descending
 * order, a page at most. Script runs belong to the customer through their
 * calls (no (customer, time) index of their own: they are found call by call).
 */
function olderThanCursor(table: string, at: string, kind: EntryKey['kind'], ofCustomer = 'customer_id = :customerId'): string {
  return `SELECT ${at} AS at, '${kind}' AS kind, id FROM ${table}
          WHERE ${ofCustomer} AND ${at} <= :at
            AND (${at} < :at OR '${kind}' < :kind OR ('${kind}' = :kind AND id < :id))
          ORDER BY ${at} DESC, id DESC LIMIT :limit`;
}

const statements = preparedPerDatabase((sqlite: Sqlite) => ({
  // Ordered by (at, kind, id) descending so that the cursor is a total order
  // even when a call, its note and its promise share a timestamp. Each source
  // walks its (customer, time) index down from the cursor and stops after a
  // page, so a page costs the same for a customer with thousands of entries
  // as for one with ten; only the short lists are merged.
  keys: sqlite.prepare<{ customerId: number; at: number; kind: string; id: number; limit: number }, EntryKey>(
    `SELECT at, kind, id FROM (
       SELECT * FROM (${olderThanCursor('interactions', 'started_at', 'call')})
       UNION ALL SELECT * FROM (${olderThanCursor('notes', 'created_at', 'note')})
       UNION ALL SELECT * FROM (${olderThanCursor('promises', 'created_at', 'promise')})
       UNION ALL SELECT * FROM (${olderThanCursor('script_runs', 'started_at', 'script', 'interaction_id IN (SELECT id FROM interactions WHERE customer_id = :customerId)')})
     )
     ORDER BY at DESC, kind DESC, id DESC
     LIMIT :limit`,
  ),
  call: sqlite.prepare<[number], CallRow>(
    `SELECT i.id, i.started_at AS at, i.direction, i.from_number AS fromNumber, i.to_number AS toNumber, i.outcome,
            CASE WHEN i.answered_at IS NOT NULL AND i.ended_at IS NOT NULL
                 THEN (i.ended_at - i.answered_at) / 1000 END AS durationSec,
            i.agent, i.disposition_code AS dispositionCode, i.customer_wanted AS customerWanted, i.we_offered AS weOffered,
            d.label_en AS labelEn, d.label_ru AS labelRu, d.label_uk AS labelUk
     FROM interactions i LEFT JOIN disposition_codes d ON d.code = i.disposition_code
     WHERE i.id = ?`,
  ),
  rootCauses: sqlite.prepare<[number], { code: string; en: string; ru: string; uk: string }>(
    `SELECT r.code, c.label_en AS en, c.label_ru AS ru, c.label_uk AS uk
     FROM interaction_root_causes r JOIN root_cause_codes c ON c.code = r.code
     WHERE r.interaction_id = ? ORDER BY c.sort_order, r.code`,
  ),
  note: sqlite.prepare<[number], { id: number; at: number; author: string; body: string }>(
    'SELECT id, created_at AS at, author, body FROM notes WHERE id = ?',
  ),
  scriptRunCall: sqlite.prepare<[number], number>('SELECT interaction_id FROM script_runs WHERE id = ?').pluck(),
}));

const promiseStatement = preparedPerDatabase((orm: Store['orm']) =>
  orm.select(promiseFields).from(promises).where(eq(promises.id, sql.placeholder('id'))).prepare(),
);

function label(code: string, en: string | null, ru: string | null, uk: string | null): LocalizedLabel {
  // A code the local list does not know yet (synced before its list) still shows, as its code.
  return { en: en ?? code, ru: ru ?? code, uk: uk ?? code };
}

function loadEntry(store: Store, key: EntryKey): TimelineEntry | null {
  const prepared = statements(store.sqlite);
  switch (key.kind) {
    case 'call': {
      const row = prepared.call.get(key.id);
      if (!row) return null;
      const { dispositionCode, labelEn, labelRu, labelUk, ...call } = row;
      return {
        kind: 'call',
        ...call,
        disposition: dispositionCode ? { code: dispositionCode, label: label(dispositionCode, labelEn, labelRu, labelUk) } : null,
        rootCauses: prepared.rootCauses.all(key.id).map(({ code, en, ru, uk }) => ({ code, label: { en, ru, uk } })),
      };
    }
    case 'note': {
      const note = prepared.note.get(key.id);
      return note ? { kind: 'note', ...note } : null;
    }
    case 'promise': {
      const promise: CustomerPromise | undefined = promiseStatement(store.orm).get({ id: key.id });
      return promise ? { kind: 'promise', id: promise.id, at: promise.createdAt, promise } : null;
    }
    case 'script': {
      const interactionId = prepared.scriptRunCall.get(key.id);
      const run = interactionId === undefined ? null : getScriptRun(store, interactionId);
      if (!run) return null;
      const { id, startedAt: at, title, version, answers, missedCheckpoints, finishedAt } = run;
      return { kind: 'script', id, at, interactionId: run.interactionId, title, version, answers, missedCheckpoints, finished: finishedAt !== null };
    }
  }
}

/** One page of a customer's calls, notes, promises and script runs, newest first. */
export function getCustomerTimeline(
  store: Store,
  customerId: number,
  before: TimelineCursor | null,
  limit: number,
): TimelinePage {
  const prepared = statements(store.sqlite);
  const start = before ?? newest;
  // One extra key tells whether another page exists without a count query.
  const keys = prepared.keys.all({ customerId, ...start, limit: limit + 1 });
  const pageKeys = keys.slice(0, limit);
  const entries = pageKeys.map((key) => loadEntry(store, key)).filter((entry) => entry !== null);
  const last = pageKeys.at(-1);
  return { entries, next: keys.length > limit && last ? { at: last.at, kind: last.kind, id: last.id } : null };
}
