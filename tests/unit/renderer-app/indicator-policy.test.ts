import { describe, expect, it } from 'vitest';
import { noPolicy } from '@shared/policy/effective-policy';
import { indicatorShown } from '../../../src/renderer/src/features/monitoring/indicator-policy';

describe('the agent is told a supervisor is in the call', () => {
  it('by default, and when IT recommends or sets it', () => {
    expect(indicatorShown(noPolicy)).toBe(true);
    expect(indicatorShown({ ...noPolicy, recommended: { 'monitoring.showIndicator': true } })).toBe(true);
  });

  it('not where the site’s policy turns it off (silent monitoring), locked or as a default', () => {
    expect(indicatorShown({ ...noPolicy, mandatory: { 'monitoring.showIndicator': false } })).toBe(false);
    expect(indicatorShown({ ...noPolicy, recommended: { 'monitoring.showIndicator': false } })).toBe(false);
    expect(indicatorShown({ ...noPolicy, mandatory: { 'monitoring.showIndicator': true }, recommended: { 'monitoring.showIndicator': false } })).toBe(true);
  });
});
