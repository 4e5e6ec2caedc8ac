import { useCallback, useState } from 'react';

const keyFor = (agent: string) => `parley.myCalls.seenUntil.${agent}`;

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    // A page whose storage is blocked still works: the badge then forgets on reload.
    return null;
  }
}

function read(agent: string | null): number {
  if (agent === null) return 0;
  const stored = Number(storage()?.getItem(keyFor(agent)));
  return Number.isFinite(stored) ? stored : 0;
}

/**
 * Until when this agent has seen their missed calls (the start of the newest
 * one shown to them), kept in the page's storage per SIP user so that a reload
 * does not bring the badge back.
 */
export function useSeenMissed(agent: string | null): { seenUntil: number; markSeen(until: number): void } {
  const [seen, setSeen] = useState<{ agent: string | null; until: number }>(() => ({ agent, until: read(agent) }));
  const current = seen.agent === agent ? seen.until : read(agent);
  if (seen.agent !== agent) setSeen({ agent, until: current });
  const markSeen = useCallback(
    (until: number) => {
      if (agent === null || until <= read(agent)) return;
      storage()?.setItem(keyFor(agent), String(until));
      setSeen({ agent, until });
    },
    [agent],
  );
  return { seenUntil: current, markSeen };
}
