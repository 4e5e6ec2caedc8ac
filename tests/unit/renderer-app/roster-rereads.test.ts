import { describe, expect, it } from 'vitest';
import type { SyncStatus } from '@shared/domain/sync-status';
import { roundsThatEnded } from '../../../src/renderer/src/ui/use-roster';

const status = (change: Partial<SyncStatus>): SyncStatus => ({ connection: 'synced', lastSyncAt: 1_000, pending: 0, problem: null, problemKind: null, ...change });

describe('when the console reads the roster again after a sync status', () => {
  it('at the end of every round, whether it went well or was cut short', () => {
    const ended = roundsThatEnded();
    ended(status({}));
    expect(ended(status({ connection: 'syncing' }))).toBe(false);
    expect(ended(status({ connection: 'synced', lastSyncAt: 61_000 }))).toBe(true);
    expect(ended(status({ connection: 'syncing' }))).toBe(false);
    expect(ended(status({ connection: 'offline', problem: 'ECONNRESET', problemKind: 'unreachable' }))).toBe(true);
  });

  it('not when only the outbox changed: a call’s wrap-up waiting to be sent, then sent, does not re-read it', () => {
    const ended = roundsThatEnded();
    ended(status({}));
    expect(ended(status({ pending: 1 }))).toBe(false);
    expect(ended(status({ pending: 0 }))).toBe(false);
    expect(ended(status({ connection: 'not-configured', lastSyncAt: null, pending: 7 }))).toBe(false);
  });

  it('a wrap-up saved during a round re-reads it once, when the round ends', () => {
    const ended = roundsThatEnded();
    ended(status({}));
    ended(status({ connection: 'syncing' }));
    expect(ended(status({ connection: 'syncing', pending: 1 }))).toBe(false);
    expect(ended(status({ connection: 'synced', pending: 0, lastSyncAt: 61_000 }))).toBe(true);
  });

  it('the first status the page hears counts as a round’s end: it may have opened while one ran', () => {
    expect(roundsThatEnded()(status({}))).toBe(true);
    expect(roundsThatEnded()(status({ connection: 'syncing' }))).toBe(false);
  });
});
