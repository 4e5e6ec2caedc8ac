import { describe, expect, it } from 'vitest';
import { rootCauseSpikes, type RootCauseWeek } from '../../../src/shared/domain/root-cause-spikes';

const week = (answered: number, byCode: Record<string, number>): RootCauseWeek => ({ answered, byCode: new Map(Object.entries(byCode)) });
/** Weeks of 100 answered calls, `percent` of them with the cause. */
const steady = (percent: number, weeks = 8) => Array.from({ length: weeks }, () => week(100, { 'delivery-delay': percent }));

describe('a root cause is flagged as a spike', () => {
  it('when this week’s share is far above the 8 weeks before it', () => {
    const [spike] = rootCauseSpikes([...steady(5), week(100, { 'delivery-delay': 20 })]);
    expect(spike).toMatchObject({ code: 'delivery-delay', calls: 20, share: 0.2 });
    expect(spike?.usualShare).toBeCloseTo(0.05);
  });

  it('not when the weeks before swing as much (above the mean, but within two standard deviations)', () => {
    const swinging = Array.from({ length: 8 }, (_, index) => week(100, { 'delivery-delay': index % 2 === 0 ? 2 : 22 }));
    expect(rootCauseSpikes([...swinging, week(100, { 'delivery-delay': 25 })])).toEqual([]);
  });

  it('not on fewer than 5 calls, however large the share', () => {
    expect(rootCauseSpikes([...steady(0), week(10, { 'delivery-delay': 4 })])).toEqual([]);
  });

  it('not on a rise under 5 percentage points, even from a perfectly steady level', () => {
    expect(rootCauseSpikes([...steady(1), week(100, { 'delivery-delay': 5 })])).toEqual([]);
    expect(rootCauseSpikes([...steady(1), week(100, { 'delivery-delay': 7 })])).toHaveLength(1);
  });

  it('not without at least 4 earlier weeks with answered calls to compare with', () => {
    expect(rootCauseSpikes([...steady(0, 3), week(100, { 'delivery-delay': 30 })])).toEqual([]);
    expect(rootCauseSpikes([...steady(0, 4), week(100, { 'delivery-delay': 30 })])).toHaveLength(1);
  });

  it('reads only the 8 weeks before: a high level long ago does not hide this week’s rise', () => {
    const longAgo = Array.from({ length: 5 }, () => week(100, { 'delivery-delay': 40 }));
    expect(rootCauseSpikes([...longAgo, ...steady(2), week(100, { 'delivery-delay': 20 })])).toHaveLength(1);
  });
});
