import { useEffect, useState } from 'react';

/**
 * The current time, refreshed every `intervalMs` until `until` has passed,
 * then still: for what changes by the clock only for a while (a message shown
 * for a few seconds). Null: no clock at all. When the clock starts again its
 * first value may be older than `until` was set: it is brought up to date at
 * the first tick.
 */
export function useNowUntil(until: number | null, intervalMs = 1_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (until === null) return;
    const timer = setInterval(() => {
      const at = Date.now();
      setNow(at);
      if (at > until) clearInterval(timer);
    }, intervalMs);
    return () => clearInterval(timer);
  }, [until, intervalMs]);
  return now;
}
