/** Whole seconds since a state began (never negative: the clock may be stepped back under it). */
export function secondsInState(since: number, now: number): number {
  return Math.max(0, Math.floor((now - since) / 1000));
}

/**
 * How long until the shown time goes up by one: the count turns over on the
 * state's own second boundaries, not a second after whenever the page last
 * looked, so it never skips or repeats a second.
 */
export function msUntilNextSecond(since: number, now: number): number {
  if (now < since) return since - now;
  return 1000 - ((now - since) % 1000);
}
