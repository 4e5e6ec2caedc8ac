import type { SyncStatus } from '@shared/domain/sync-status';
import type { Store } from '../../store/connection';
import { nextOutboxAttemptAt, pendingOutboxCount } from '../../store/queries/outbox';
import { backoffDelay, defaultBackoff, type BackoffPolicy } from './backoff';
import { SyncTransportError, type SyncConnector } from './connector';
import { onEnqueued } from './outbox';
import { pullChanges } from './pull-changes';
import { pushOutbox } from './push-outbox';
import { readLastSyncAt, saveLastSyncAt } from './sync-journal';

export interface SyncServiceOptions {
  store: Store;
  /** Null while no CRM is configured: the console works offline and only counts what waits. */
  connector: SyncConnector | null;
  defaultCountry: () => string;
  onStatus: (status: SyncStatus) => void;
  /** How often to look for the CRM's changes when nothing else prompts a round. */
  intervalMs?: number;
  backoff?: BackoffPolicy;
  pageSize?: number;
  batchSize?: number;
}

export interface SyncService {
  status(): SyncStatus;
  /** Runs a round now (or right after the one under way) and resolves when it is over. */
  syncNow(): Promise<void>;
  /** No more rounds from now on; resolves once the one under way (if any) has ended. */
  stop(): Promise<void>;
}

/**
 * Keeps the local cache and the CRM in step: a round pushes the outbox, then
 * pulls changes. Rounds come on a timer, after every enqueue, and, once the
 * CRM failed, with backoff until it answers again — so the console catches up
 * on its own when the server comes back.
 */
export function startSyncService(options: SyncServiceOptions): SyncService {
  const { store, connector } = options;
  const intervalMs = options.intervalMs ?? 60_000;
  const backoff = options.backoff ?? defaultBackoff;
  let connection: SyncStatus['connection'] = connector ? 'syncing' : 'not-configured';
  let problem: Pick<SyncStatus, 'problem' | 'problemKind'> = { problem: null, problemKind: null };
  let failures = 0;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;

  const status = (): SyncStatus => ({ connection, lastSyncAt: readLastSyncAt(store), pending: pendingOutboxCount(store), ...problem });
  const announce = () => options.onStatus(status());

  const schedule = (delayMs: number) => {
    if (stopped || connector === null) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void syncNow(), Math.max(0, delayMs));
  };

  const round = async (active: SyncConnector) => {
    connection = 'syncing';
    announce();
    try {
      await pushOutbox(store, active, { batchSize: options.batchSize ?? 200, backoff });
      await pullChanges(store, active, { pageSize: options.pageSize ?? 500, defaultCountry: options.defaultCountry() });
      const now = Date.now();
      saveLastSyncAt(store, now);
      connection = 'synced';
      problem = { problem: null, problemKind: null };
      failures = 0;
      // Entries the CRM refused, or that failed just now, have their own time to be tried again.
      const retryAt = nextOutboxAttemptAt(store);
      schedule(Math.min(intervalMs, retryAt === null ? intervalMs : retryAt - now));
    } catch (error) {
      // Stopped mid-round (the store may be closed by now): the next start redoes what was cut off.
      if (stopped) return;
      connection = 'offline';
      problem = {
        problem: error instanceof Error ? error.message : 'sync failed',
        problemKind: error instanceof SyncTransportError ? error.kind : 'failed',
      };
      failures += 1;
      schedule(backoffDelay(failures, backoff));
    }
    if (!stopped) announce();
  };

  function syncNow(): Promise<void> {
    if (connector === null || stopped) return Promise.resolve();
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await round(connector);
      } while (again && !stopped);
      running = null;
    })();
    return running;
  }

  const stopListening = onEnqueued(store, () => {
    if (connector === null) announce();
    else queueMicrotask(() => void syncNow());
  });
  schedule(0);

  return {
    status,
    syncNow,
    stop: async () => {
      stopped = true;
      stopListening();
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
