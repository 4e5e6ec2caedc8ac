import { inTransaction, type Store } from '../../store/connection';
import { applyChange } from './apply-change';
import { SyncTransportError, type SyncConnector } from './connector';
import { readCursor, recordOutcome, saveCursor } from './sync-journal';

export interface PullTally {
  pages: number;
  applied: number;
  skipped: number;
  rejected: number;
}

export interface PullOptions {
  pageSize: number;
  defaultCountry: string;
  now?: () => number;
}

/**
 * Pulls every change after the saved cursor, page by page. Each page and the
 * cursor after it are stored in one transaction: killed at any point, the
 * next run starts from the last page stored, and applying a page twice
 * changes nothing (upserts by external id, append-only notes).
 */
export async function pullChanges(store: Store, connector: SyncConnector, options: PullOptions): Promise<PullTally> {
  const now = options.now ?? Date.now;
  const tally: PullTally = { pages: 0, applied: 0, skipped: 0, rejected: 0 };
  for (;;) {
    const cursor = readCursor(store);
    const page = await connector.pull(cursor, options.pageSize);
    if (page.after !== cursor) throw new SyncTransportError('CRM answered with a page for another cursor (replayed or reordered response)', 'bad-answer');
    inTransaction(store, () => {
      const at = now();
      for (const raw of page.items) {
        const outcome = applyChange(store.sqlite, raw, options.defaultCountry);
        tally[outcome.status] += 1;
        recordOutcome(store.sqlite, outcome, 'crm', at);
      }
      saveCursor(store, page.next, at);
    });
    tally.pages += 1;
    if (!page.more) return tally;
    if (page.next === cursor) throw new SyncTransportError('CRM said there is more but did not move the cursor', 'bad-answer');
  }
}
