export interface BackoffPolicy {
  baseMs: number;
  maxMs: number;
}

/** Seconds to a minute, then capped: a CRM that is down for hours is asked about once every five minutes. */
export const defaultBackoff: BackoffPolicy = { baseMs: 2_000, maxMs: 5 * 60_000 };

/**
 * Exponential backoff with full jitter (each wait uniform in [half, all] of the
 * step): a room of consoles that lost the CRM together must not come back in step.
 */
export function backoffDelay(attempts: number, policy: BackoffPolicy, random: () => number = Math.random): number {
  const step = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.min(attempts - 1, 30));
  return Math.round(step / 2 + (random() * step) / 2);
}
