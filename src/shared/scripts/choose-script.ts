import type { Tier } from '../domain/customer';
import type { ScriptRules } from './script-schema';

export interface CallFacts {
  direction: 'inbound' | 'outbound';
  /** The number or queue the call is for, when the phone knows it. */
  number: string | null;
  tier: Tier | null;
}

/** How well a script's rules fit a call: null when one of them rules it out, else the number of rules that matched. */
export function ruleScore(rules: ScriptRules, call: CallFacts): number | null {
  let score = 0;
  if (rules.direction !== undefined) {
    if (rules.direction !== call.direction) return null;
    score += 1;
  }
  if (rules.numbers !== undefined) {
    if (call.number === null || !rules.numbers.includes(call.number)) return null;
    score += 1;
  }
  if (rules.tiers !== undefined) {
    if (call.tier === null || !rules.tiers.includes(call.tier)) return null;
    score += 1;
  }
  return score;
}

/** The script whose rules fit the call most specifically (ties: the first in the list, which is sorted by slug). */
export function chooseScript<T extends { body: { rules: ScriptRules } }>(scripts: readonly T[], call: CallFacts): T | null {
  let best: { script: T; score: number } | null = null;
  for (const script of scripts) {
    const score = ruleScore(script.body.rules, call);
    if (score !== null && (best === null || score > best.score)) best = { script, score };
  }
  return best?.script ?? null;
}
