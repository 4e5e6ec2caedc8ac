import { describe, expect, it } from 'vitest';
import { callFailureFor, reconnectDelaysMs, registrationFailureFor } from '@shared/domain/sip-outcomes';

describe('what the agent is told when the server says no', () => {
  it.each([
    [401, 'wrong-credentials'],
    [407, 'wrong-credentials'],
    [403, 'forbidden'],
    [408, 'timeout'],
    [500, 'server-error'],
    [503, 'server-error'],
  ])('REGISTER answered %i → %s', (code, reason) => {
    expect(registrationFailureFor(code)).toBe(reason);
  });

  it.each([
    [486, 'busy'],
    [600, 'busy'],
    [404, 'not-found'],
    [480, 'unavailable'],
    [487, 'timeout'],
    [408, 'timeout'],
    [488, 'not-acceptable'],
    [603, 'rejected'],
    [403, 'rejected'],
    [503, 'server-error'],
    [415, 'failed'],
  ])('INVITE answered %i → %s', (code, failure) => {
    expect(callFailureFor(code)).toBe(failure);
  });

  it('retries quickly at first and never less often than every 30 s', () => {
    expect(reconnectDelaysMs[0]).toBeLessThanOrEqual(1_000);
    expect(Math.max(...reconnectDelaysMs)).toBe(30_000);
    expect([...reconnectDelaysMs].sort((a, b) => a - b)).toEqual(reconnectDelaysMs);
  });
});
