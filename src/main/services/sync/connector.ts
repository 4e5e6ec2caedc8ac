import type { SyncProblemKind } from '@shared/domain/sync-status';
import type { ChangesPage, PushEntry, PushResult } from './wire';

/**
 * What the sync engine needs from a CRM. The HTTP connector speaks the JSON
 * contract of docs/SYNC.md; another CRM gets its own connector behind the
 * same two calls. Both throw a SyncTransportError when the CRM is out of
 * reach or answers with something other than the contract.
 */
export interface SyncConnector {
  /** The page of changes after `cursor` (empty string: from the beginning). */
  pull(cursor: string, limit: number): Promise<ChangesPage>;
  /** Hands over outbox entries; the CRM answers for each by its idempotency key. */
  push(entries: readonly PushEntry[]): Promise<PushResult[]>;
}

/** The CRM could not be reached or did not keep to the contract: try again later, lose nothing. */
export class SyncTransportError extends Error {
  constructor(
    message: string,
    /** What the agent is told (the message is for diagnostics). */
    readonly kind: Exclude<SyncProblemKind, 'failed'>,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'SyncTransportError';
  }
}
