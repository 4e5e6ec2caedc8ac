import { describe, expect, it } from 'vitest';
import { initialRegistration, registrationTransition, type RegistrationEvent, type RegistrationModel } from '../../../../src/renderer/src/core/phone/registration-machine';

const run = (...events: RegistrationEvent[]): RegistrationModel => events.reduce(registrationTransition, initialRegistration);

describe('the registration', () => {
  it('is "registered" only after the server said 200', () => {
    expect(run({ type: 'connecting' }).state).toEqual({ status: 'connecting' });
    expect(run({ type: 'connecting' }, { type: 'accepted', at: 7 }).state).toEqual({ status: 'registered', since: 7 });
  });

  it('a refresh keeps the time the phone has been ready since', () => {
    expect(run({ type: 'accepted', at: 7 }, { type: 'accepted', at: 99 }).state).toEqual({ status: 'registered', since: 7 });
  });

  it('a wrong password says so with the code, and waits before asking again', () => {
    const { state } = run({ type: 'connecting' }, { type: 'refused', code: 401, at: 1_000, random: 0.5 });
    expect(state).toEqual({ status: 'failed', reason: 'wrong-credentials', code: 401, retryAt: 6_000 });
  });

  it('a server that stopped answering turns it red at once and is probed again within a second', () => {
    const { state } = run({ type: 'accepted', at: 1 }, { type: 'lost', reason: 'unresponsive', at: 10_000, random: 0.5 });
    expect(state).toEqual({ status: 'failed', reason: 'unresponsive', code: null, retryAt: 11_000 });
  });

  it('probes a dropped server every few seconds however long it is gone, and starts over once registered', () => {
    const lost = (at: number): RegistrationEvent => ({ type: 'lost', reason: 'unreachable', at, random: 0.5 });
    const down = run(lost(0), lost(0), lost(0), lost(0), lost(0), lost(0));
    expect(down.state).toMatchObject({ retryAt: 3_000 });
    const back = registrationTransition(registrationTransition(down, { type: 'accepted', at: 1 }), lost(0));
    expect(back.state).toMatchObject({ retryAt: 1_000 });
  });

  it('an unusable account fails without retrying; stopping returns to "not set up"', () => {
    expect(run({ type: 'unusable' }).state).toMatchObject({ status: 'failed', retryAt: null });
    expect(run({ type: 'accepted', at: 1 }, { type: 'stopped' }).state).toEqual({ status: 'unconfigured' });
  });
});
