import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PreparedOfferKeeper } from '../../../../src/renderer/src/core/phone/prepared-offer-keeper';

const maxWaitMs = 180_000;

/** A keeper whose preparations the test finishes or fails by hand, recording what was prepared and closed. */
function keeper() {
  let made = 0;
  const pending: { resolve(item: string): void; reject(error: Error): void; name: string }[] = [];
  const closed: string[] = [];
  const subject = new PreparedOfferKeeper<string, string>({
    prepare: (source) =>
      new Promise<string>((resolve, reject) => {
        made += 1;
        pending.push({ resolve, reject, name: `${source}#${made}` });
      }),
    close: (item) => closed.push(item),
    maxWaitMs,
  });
  /** Finishes the oldest preparation still under way. */
  const finish = async () => {
    const next = pending.shift();
    next?.resolve(next.name);
    await Promise.resolve();
    await Promise.resolve();
  };
  const fail = async () => {
    pending.shift()?.reject(new Error('no peer connection'));
    await Promise.resolve();
    await Promise.resolve();
  };
  return { subject, finish, fail, closed, pending, made: () => made };
}

describe('the offer prepared for the next outbound call', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(console, 'info').mockImplementation(() => undefined);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('is made once the phone is registered, and only one is kept', async () => {
    const { subject, finish, made } = keeper();
    subject.update(null, false);
    expect(made()).toBe(0);
    subject.update('agent', false);
    subject.update('agent', false);
    expect(made()).toBe(1);
    await finish();
    subject.update('agent', false);
    expect(made()).toBe(1);
    expect(subject.ready).toBe(true);
  });

  it('goes to the next call; the one after is made only once the phone has no call', async () => {
    const { subject, finish, made } = keeper();
    subject.update('agent', false);
    await finish();
    expect(subject.take()).toBe('agent#1');
    expect(subject.take()).toBeNull();
    subject.update('agent', true);
    expect(made()).toBe(1);
    subject.update('agent', false);
    expect(made()).toBe(2);
  });

  it('a call placed while it is still being made goes the usual way, and it is kept for the call after', async () => {
    const { subject, finish, closed } = keeper();
    subject.update('agent', false);
    expect(subject.take()).toBeNull();
    subject.update('agent', true);
    await finish();
    expect(subject.take()).toBe('agent#1');
    expect(closed).toEqual([]);
  });

  it('is closed when the phone is no longer registered, and made anew on the next registration', async () => {
    const { subject, finish, closed, made } = keeper();
    subject.update('agent', false);
    await finish();
    subject.update(null, false);
    expect(closed).toEqual(['agent#1']);
    expect(subject.ready).toBe(false);
    subject.update('agent', false);
    expect(made()).toBe(2);
  });

  it('another account (another user agent) throws it away', async () => {
    const { subject, finish, closed } = keeper();
    subject.update('agent', false);
    await finish();
    subject.update('other', false);
    expect(closed).toEqual(['agent#1']);
    await finish();
    expect(subject.take()).toBe('other#2');
  });

  it('one still being made when the phone stops is closed as soon as it is ready, never handed out', async () => {
    const { subject, finish, closed } = keeper();
    subject.update('agent', false);
    subject.update(null, false);
    await finish();
    expect(closed).toEqual(['agent#1']);
    expect(subject.take()).toBeNull();
  });

  it('is made again after waiting the longest it may, and when the network changes', async () => {
    const { subject, finish, closed, made } = keeper();
    subject.update('agent', false);
    await finish();
    vi.advanceTimersByTime(maxWaitMs - 1);
    expect(closed).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(closed).toEqual(['agent#1']);
    expect(made()).toBe(2);
    await finish();
    subject.renew();
    expect(closed).toEqual(['agent#1', 'agent#2']);
    expect(made()).toBe(3);
  });

  it('a network change while one is being made: that one is closed when ready, the new one is kept', async () => {
    const { subject, finish, closed } = keeper();
    subject.update('agent', false);
    subject.renew();
    await finish();
    expect(closed).toEqual(['agent#1']);
    await finish();
    expect(subject.take()).toBe('agent#2');
  });

  it('the waiting time stops once it is taken: the call it went to keeps it', async () => {
    const { subject, finish, closed } = keeper();
    subject.update('agent', false);
    await finish();
    subject.take();
    subject.update('agent', true);
    vi.advanceTimersByTime(maxWaitMs * 2);
    expect(closed).toEqual([]);
  });

  it('a preparation that fails is logged, calls go the usual way, and it is tried again later, not in a loop', async () => {
    const { subject, fail, finish, made } = keeper();
    subject.update('agent', false);
    await fail();
    expect(console.warn).toHaveBeenCalledTimes(1);
    expect(subject.take()).toBeNull();
    subject.update('agent', false);
    expect(made()).toBe(1);
    vi.advanceTimersByTime(maxWaitMs);
    expect(made()).toBe(2);
    await finish();
    expect(subject.take()).toBe('agent#2');
  });
});
