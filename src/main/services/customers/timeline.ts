import type { CustomerPromise, TimelineCursor, TimelineEntry, TimelinePage } from '@shared/domain/customer';
import type { LocalizedLabel } from '@shared/domain/language';
import type { Store } from '../../store/connection';
import { findPromise } from '../../store/queries/promises';
import { scriptRunCallId, timelineCall, timelineKeys, timelineNote, timelineRootCauses } from '../../store/queries/timeline.raw';
import { getScriptRun } from '../scripts/script-runs';

type EntryKey = TimelineCursor;

/** Later than any real timestamp: the first page starts here ('script' sorts last of the kinds). */
const newest: EntryKey = { at: Number.MAX_SAFE_INTEGER, kind: 'script', id: Number.MAX_SAFE_INTEGER };

function label(code: string, en: string | null, ru: string | null, uk: string | null): LocalizedLabel {
  // A code the local list does not know yet (synced before its list) still shows, as its code.
  return { en: en ?? code, ru: ru ?? code, uk: uk ?? code };
}

function loadEntry(store: Store, key: EntryKey): TimelineEntry | null {
  switch (key.kind) {
    case 'call': {
      const row = timelineCall(store, key.id);
      if (!row) return null;
      const { dispositionCode, labelEn, labelRu, labelUk, ...call } = row;
      return {
        kind: 'call',
        ...call,
        disposition: dispositionCode ? { code: dispositionCode, label: label(dispositionCode, labelEn, labelRu, labelUk) } : null,
        rootCauses: timelineRootCauses(store, key.id).map(({ code, en, ru, uk }) => ({ code, label: { en, ru, uk } })),
      };
    }
    case 'note': {
      const note = timelineNote(store, key.id);
      return note ? { kind: 'note', ...note } : null;
    }
    case 'promise': {
      const promise: CustomerPromise | undefined = findPromise(store, key.id);
      return promise ? { kind: 'promise', id: promise.id, at: promise.createdAt, promise } : null;
    }
    case 'script': {
      const interactionId = scriptRunCallId(store, key.id);
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
  // One extra key tells whether another page exists without a count query.
  const keys = timelineKeys(store, customerId, before ?? newest, limit + 1);
  const pageKeys = keys.slice(0, limit);
  const entries = pageKeys.map((key) => loadEntry(store, key)).filter((entry) => entry !== null);
  const last = pageKeys.at(-1);
  return { entries, next: keys.length > limit && last ? { at: last.at, kind: last.kind, id: last.id } : null };
}
