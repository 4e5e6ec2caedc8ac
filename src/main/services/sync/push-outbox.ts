import type { Store } from '../../store/connection';
import { holdOutboxEntry } from '../../store/queries/outbox';
import type { BackoffPolicy } from './backoff';
import type { SyncConnector } from './connector';
import { dueEntries, markAcknowledged, markForRetry, recordFailedAttempt } from './outbox-delivery';

export interface PushTally {
  acknowledged: number;
  /** Refused by the CRM for good: held (kept, still pending) until a person sends it again or discards it. */
  refused: number;
}

export interface PushOptions {
  batchSize: number;
  backoff: BackoffPolicy;
  now?: () => number;
}

/**
 * Sends the outbox entries that are due, in batches, until none is due. The
 * CRM deduplicates by idempotency key, so an entry whose acknowledgement was
 * lost (dropped connection, timeout, kill) is simply sent again. When the
 * CRM cannot be reached the error propagates: the caller backs off and the
 * entries stay due. Entries the CRM answered but did not take wait their own backoff.
 */
export async function pushOutbox(store: Store, connector: SyncConnector, options: PushOptions): Promise<PushTally> {
  const now = options.now ?? Date.now;
  const tally: PushTally = { acknowledged: 0, refused: 0 };
  for (;;) {
    const entries = dueEntries(store, now(), options.batchSize);
    if (entries.length === 0) return tally;
    const keys = entries.map((entry) => entry.key);
    const results = await connector.push(entries).catch((error: unknown) => {
      recordFailedAttempt(store, keys, error instanceof Error ? error.message : 'push failed');
      throw error;
    });
    const answered = new Map(results.map((result) => [result.key, result]));
    const acknowledged = keys.filter((key) => ['stored', 'duplicate'].includes(answered.get(key)?.status ?? ''));
    markAcknowledged(store, acknowledged, now());
    tally.acknowledged += acknowledged.length;
    for (const key of keys) {
      const result = answered.get(key);
      if (result?.status === 'rejected') {
        tally.refused += 1;
        holdOutboxEntry(store, key, result.reason ?? 'no reason given');
      } else if (result === undefined) {
        markForRetry(store, [key], 'the CRM did not answer for this entry', now(), options.backoff);
      }
    }
  }
}
