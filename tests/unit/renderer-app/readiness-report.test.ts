import { describe, expect, it } from 'vitest';
import { readinessReportSchema } from '@shared/support/support-bundle';
import { readinessReport } from '../../../src/renderer/src/features/support/readiness-report';

describe("the readiness check in the support bundle", () => {
  it('says each check with a code, within what main accepts', () => {
    const report = readinessReport(
      { heardSpeech: true, speakerHeard: false, registration: { status: 'failed', reason: 'unreachable', code: null, retryAt: null }, probe: { ok: false, reason: 'timeout' } },
      1_700_000_000_000,
    );
    expect(readinessReportSchema.parse(report)).toEqual(report);
    expect(report.checks.map((check) => [check.name, check.outcome, check.detail])).toEqual([
      ['microphone', 'ok', 'speech heard'],
      ['speaker', 'failed', undefined],
      ['registration', 'failed', 'unreachable'],
      ['server', 'failed', 'timeout'],
    ]);
  });

  it('reads a passed check as passed, with the round trip', () => {
    const report = readinessReport({ heardSpeech: false, speakerHeard: null, registration: { status: 'registered', since: 1 }, probe: { ok: true, roundTripMs: 41.6 } }, 1);
    expect(report.checks.map((check) => check.outcome)).toEqual(['skipped', 'skipped', 'ok', 'ok']);
    expect(report.checks[3]?.detail).toBe('42 ms');
  });
});
