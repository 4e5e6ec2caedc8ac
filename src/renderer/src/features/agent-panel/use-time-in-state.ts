import { useEffect, useState } from 'react';
import { msUntilNextSecond, secondsInState } from '../../core/agent/time-in-state';

/** Seconds since `since`, turning over on its own second boundaries. */
export function useTimeInState(since: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const tick = () => {
      const current = Date.now();
      setNow(current);
      timer = setTimeout(tick, msUntilNextSecond(since, current));
    };
    tick();
    return () => clearTimeout(timer);
  }, [since]);
  return secondsInState(since, now);
}
