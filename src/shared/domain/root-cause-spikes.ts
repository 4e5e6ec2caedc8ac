/**
 * When a root cause is "well above its usual level" this week (issue 14):
 *
 * - its share is the calls coded with it over the week's answered calls;
 * - its usual level is the mean share over the 8 weeks before, and their
 *   spread the standard deviation of those shares;
 * - it is flagged when this week has at least 5 such calls, at least 4 of the
 *   8 weeks before had answered calls to compare with, and this week's share
 *   is above the mean by more than two standard deviations and by at least
 *   5 percentage points (so that a cause steady at 1 % does not flag at 2 %).
 */
export const spikeRule = { weeksBefore: 8, minimumCalls: 5, minimumWeeksKnown: 4, deviations: 2, minimumRise: 0.05 } as const;

export interface RootCauseWeek {
  answered: number;
  /** Calls per root cause code. */
  byCode: ReadonlyMap<string, number>;
}

export interface SpikeFinding {
  code: string;
  calls: number;
  share: number;
  usualShare: number;
}

/** `weeks` oldest first, the week judged last; only its last `weeksBefore + 1` are read. */
export function rootCauseSpikes(weeks: readonly RootCauseWeek[]): SpikeFinding[] {
  const current = weeks.at(-1);
  if (current === undefined || current.answered === 0) return [];
  const before = weeks.slice(0, -1).slice(-spikeRule.weeksBefore).filter((week) => week.answered > 0);
  if (before.length < spikeRule.minimumWeeksKnown) return [];
  const findings: SpikeFinding[] = [];
  for (const [code, calls] of current.byCode) {
    if (calls < spikeRule.minimumCalls) continue;
    const share = calls / current.answered;
    const shares = before.map((week) => (week.byCode.get(code) ?? 0) / week.answered);
    const usualShare = shares.reduce((sum, value) => sum + value, 0) / shares.length;
    const spread = Math.sqrt(shares.reduce((sum, value) => sum + (value - usualShare) ** 2, 0) / shares.length);
    if (share - usualShare > spikeRule.deviations * spread && share - usualShare >= spikeRule.minimumRise) {
      findings.push({ code, calls, share, usualShare });
    }
  }
  return findings.sort((a, b) => b.share - b.usualShare - (a.share - a.usualShare));
}
