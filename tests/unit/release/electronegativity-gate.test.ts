import { describe, expect, it } from 'vitest';
import { unsuppressed } from '../../../scripts/release/electronegativity-findings.mjs';

const reason = 'Reviewed: the preload exposes the contract only.';
const preload = { id: 'PRELOAD_JS_CHECK', file: 'main/electron/main-window.ts' };

describe('the electronegativity gate', () => {
  it('passes a finding listed for its file with a reason', () => {
    expect(unsuppressed([preload], [{ ...preload, reason }])).toEqual({ failing: [], stale: [], withoutReason: [] });
  });

  it('fails the same kind of finding in another file', () => {
    const elsewhere = { id: 'PRELOAD_JS_CHECK', file: 'main/electron/other-window.ts' };
    expect(unsuppressed([preload, elsewhere], [{ ...preload, reason }]).failing).toEqual([elsewhere]);
  });

  it('does not accept a suppression without a real reason', () => {
    const result = unsuppressed([preload], [{ ...preload, reason: 'ok' }]);
    expect(result.failing).toEqual([preload]);
    expect(result.withoutReason).toHaveLength(1);
  });

  it('points out suppressions nothing needs any more', () => {
    expect(unsuppressed([], [{ ...preload, reason }]).stale).toHaveLength(1);
  });
});
