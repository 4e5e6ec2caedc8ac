/**
 * What a test peer reported, kept until a test waits for it: a test that
 * starts waiting after the event came must still see it, and an event that
 * satisfied one wait must not satisfy the next.
 */
export interface EventLog<T> {
  push(event: T): void;
  /** Resolves with the first matching event: one already seen and not yet waited for, or the next. */
  waitFor(matches: (event: T) => boolean, timeoutMs?: number): Promise<T>;
  /** Everything seen and not yet waited for, oldest first. */
  pending(): readonly T[];
  /** Drops the events seen so far, so that a new story cannot match an old one's. */
  forget(): void;
}

/** `describe` names the peer and lists what it saw, for the timeout's message. */
export function createEventLog<T>(describe: (pending: readonly T[]) => string): EventLog<T> {
  const events: T[] = [];
  const waiters = new Set<{ matches: (event: T) => boolean; take: (event: T) => void }>();
  return {
    push: (event) => {
      events.push(event);
      for (const waiter of waiters) {
        if (waiter.matches(event)) {
          waiters.delete(waiter);
          waiter.take(event);
          return;
        }
      }
    },
    waitFor: (matches, timeoutMs = 10_000) =>
      new Promise((resolve, reject) => {
        const seen = events.find(matches);
        if (seen) {
          events.splice(events.indexOf(seen), 1);
          resolve(seen);
          return;
        }
        const waiter = {
          matches,
          take: (event: T) => {
            clearTimeout(timer);
            events.splice(events.indexOf(event), 1);
            resolve(event);
          },
        };
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          reject(new Error(`${describe(events)} (waited ${timeoutMs} ms)`));
        }, timeoutMs);
        waiters.add(waiter);
      }),
    pending: () => events,
    forget: () => {
      events.length = 0;
    },
  };
}
