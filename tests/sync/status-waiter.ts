import type { SyncStatus } from '../../src/shared/domain/sync-status';

/** Collects a sync service's status events; tests wait on them, never on the clock. */
export function statusWaiter() {
  const waiting = new Set<{ until: (status: SyncStatus) => boolean; resolve: (status: SyncStatus) => void }>();
  let latest: SyncStatus | null = null;
  return {
    onStatus(status: SyncStatus): void {
      latest = status;
      for (const waiter of waiting) {
        if (!waiter.until(status)) continue;
        waiting.delete(waiter);
        waiter.resolve(status);
      }
    },
    latest: () => latest,
    next(until: (status: SyncStatus) => boolean): Promise<SyncStatus> {
      return new Promise((resolve) => waiting.add({ until, resolve }));
    },
  };
}
