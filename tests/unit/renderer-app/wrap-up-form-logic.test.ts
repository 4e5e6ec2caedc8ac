import { describe, expect, it } from 'vitest';
import { emptyWrapUpDraft } from '@shared/domain/wrap-up';
import type { CallContext } from '../../../src/renderer/src/core/calls/call-contexts';
import { promiseInputOf, readPromiseInput, toLocalInput } from '../../../src/renderer/src/features/wrap-up/promise-input';
import { pickWrapUpTarget } from '../../../src/renderer/src/features/wrap-up/wrap-up-target';
import { contractErrorText } from '../../../src/renderer/src/ui/contract-error-text';

const call: CallContext = {
  sipCallId: 'a@b',
  direction: 'inbound',
  remote: '79161230001',
  dialed: 'agent-1001',
  local: 'agent-1001',
  promisesMade: [],
  e164: '+79161230001',
  interactionId: 7,
  matches: [1],
  customerId: 1,
  ended: false,
  error: null,
};
const left = { interactionId: 3, customerId: 2, direction: 'inbound' as const, remote: '+74951230002', startedAt: 1, draft: { ...emptyWrapUpDraft, note: 'Refund to the card', dispositionCode: 'refund' }, draftSavedAt: 2 };

describe('the wrap-up form', () => {
  it('reads a promise the agent typed, or names the field to fix', () => {
    const due = toLocalInput(Date.UTC(2026, 10, 23, 14, 30));
    expect(readPromiseInput({ description: ' Call back ', ownerType: 'me', ownerName: 'Anna', due })).toEqual({
      ok: true,
      value: { description: 'Call back', ownerType: 'me', ownerName: 'Anna', dueAt: Date.UTC(2026, 10, 23, 14, 30) },
    });
    expect(readPromiseInput({ description: '', ownerType: 'me', ownerName: 'Anna', due })).toEqual({ ok: false, problem: 'description' });
    expect(readPromiseInput({ description: 'Call back', ownerType: 'team', ownerName: '  ', due })).toEqual({ ok: false, problem: 'ownerName' });
    expect(readPromiseInput({ description: 'Call back', ownerType: 'me', ownerName: 'Anna', due: '' })).toEqual({ ok: false, problem: 'dueAt' });
    const stored = { description: 'Call back', ownerType: 'person' as const, ownerName: 'Oleg', dueAt: Date.UTC(2026, 10, 23, 14, 30) };
    expect(readPromiseInput(promiseInputOf(stored))).toEqual({ ok: true, value: stored });
  });

  it('is for the phone’s call first, then for calls left unfinished, never for one already saved', () => {
    expect(pickWrapUpTarget(call, [left], new Set())).toMatchObject({ interactionId: 7, remote: '+79161230001', live: true, current: true, draft: emptyWrapUpDraft });
    expect(pickWrapUpTarget({ ...call, ended: true }, [left], new Set([7]))).toMatchObject({ interactionId: 3, draft: left.draft, current: false, live: false });
    expect(pickWrapUpTarget(null, [left], new Set([3]))).toBeNull();
    expect(pickWrapUpTarget({ ...call, interactionId: null }, [], new Set())).toBeNull();
  });

  it('tells the agent what to fix for the refusals a wrap-up meets', () => {
    expect(contractErrorText({ code: 'needs_customer', for: 'promises' }).key).toBe('errors.needs_customer');
    expect(contractErrorText({ code: 'unknown_code', list: 'root-cause', given: 'courier-late' }).key).toBe('errors.unknown_code');
    const tooLong = { field: 'customerWanted', message: 'Too big', problem: 'too_big', limit: 2000 };
    expect(contractErrorText({ code: 'invalid_request', message: '', field: 'customerWanted', issues: [tooLong] })).toEqual({ key: 'errors.too_long', values: { limit: 2000 } });
    expect(contractErrorText({ code: 'unavailable', message: '' }).key).toBe('errors.unavailable');
  });
});
