import { describe, expect, it } from 'vitest';
import { DeferredSoftphone } from '../../../../src/renderer/src/core/phone/deferred-softphone';
import type { SoftphoneOptions } from '../../../../src/renderer/src/core/phone/softphone';

/** What the phone is handed by the page; no call is placed here, so none of it is used beyond construction. */
const options: SoftphoneOptions = {
  remoteAudio: {} as HTMLAudioElement,
  microphone: { open: () => Promise.reject(new Error('no microphone in this test')), subscribe: () => () => undefined },
  onCallStarted: () => undefined,
  onCallEnded: () => undefined,
  routeIncoming: () => ({ ring: true }),
  verifySupervisor: () => Promise.resolve({ ok: false, reason: 'not in this test' }),
  onMonitoringEvent: () => undefined,
};

const realCode = () => import('../../../../src/renderer/src/core/phone/softphone');

describe('the phone whose code loads when it is first needed', () => {
  it('shows "not set up" and loads nothing while no account has reached it', async () => {
    let loads = 0;
    const phone = new DeferredSoftphone(options, () => undefined, () => (loads++, realCode()));
    await phone.configure(null);
    await phone.hangup();
    expect(loads).toBe(0);
    expect(phone.getState().registration).toEqual({ status: 'unconfigured' });
    expect(await phone.probeServer()).toEqual({ ok: false, reason: 'not-registered' });
  });

  it('says the phone could not start when its code cannot be fetched, logs why, and tries again on the next start', async () => {
    const failures: unknown[] = [];
    let attempts = 0;
    const phone = new DeferredSoftphone(
      options,
      (error) => failures.push(error),
      () => (++attempts === 1 ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : realCode()),
    );
    let changes = 0;
    phone.subscribe(() => changes++);

    await phone.dial('1001');
    expect(phone.getState().registration).toEqual({ status: 'failed', reason: 'not-loaded', code: null, retryAt: null });
    expect(String(failures[0])).toContain('Failed to fetch');
    expect(changes).toBeGreaterThan(0);

    // The second attempt loads the real phone, which answers for itself: not registered, so the call cannot start.
    await phone.dial('1001');
    expect(attempts).toBe(2);
    expect(phone.getState().registration).toEqual({ status: 'unconfigured' });
    expect(phone.getState().call).toMatchObject({ status: 'ended', ending: { reason: 'not-registered' } });
  });
});
