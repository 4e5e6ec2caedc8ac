import { describe, expect, it } from 'vitest';
import { registrationFailureFor, retryDelayMs } from '@shared/domain/sip-outcomes';

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
});

describe('when the phone tries to register again', () => {
  it('probes a server out of reach every few seconds, so it is back moments after the server is', () => {
    const delays = [0, 1, 2, 3, 10, 100].map((attempt) => retryDelayMs('unreachable', attempt, 0.5));
    expect(delays).toEqual([1_000, 2_000, 3_000, 3_000, 3_000, 3_000]);
    expect(retryDelayMs('unresponsive', 50, 1)).toBeLessThanOrEqual(3_600);
  });

  it('backs off to a minute when the server refused, instead of repeating a wrong password every second', () => {
    expect(retryDelayMs('wrong-credentials', 0, 0.5)).toBe(5_000);
    expect(retryDelayMs('server-error', 20, 0.5)).toBe(60_000);
  });

  it('spreads each wait by at most a fifth either way, so a site does not come back in the same second', () => {
    expect(retryDelayMs('forbidden', 3, 0)).toBe(48_000);
    expect(retryDelayMs('forbidden', 3, 1)).toBe(72_000);
  });
});
