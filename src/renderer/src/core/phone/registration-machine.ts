/**
 * The phone's registration as an explicit state machine. "Registered" only
 * after the server said 200 to our REGISTER; it drops the moment the
 * transport does or the server stops answering; every failure says why and
 * when the next attempt is.
 */
import { registrationFailureFor, retryDelayMs, type RegistrationFailure } from '@shared/domain/sip-outcomes';

export type RegistrationState =
  | { status: 'unconfigured' }
  | { status: 'connecting' }
  | { status: 'registered'; since: number }
  | { status: 'failed'; reason: RegistrationFailure; code: number | null; retryAt: number | null };

export interface RegistrationModel {
  state: RegistrationState;
  /** Failed attempts in a row: how long the next wait is. */
  attempt: number;
}

export type RegistrationEvent =
  | { type: 'stopped' }
  | { type: 'connecting' }
  | { type: 'accepted'; at: number }
  /** The REGISTER was answered with an error. */
  | { type: 'refused'; code: number; at: number; random: number }
  /** The connection could not be opened, dropped, or stopped answering; or the binding lapsed. */
  | { type: 'lost'; reason: Extract<RegistrationFailure, 'unreachable' | 'unresponsive' | 'timeout' | 'server-error'>; at: number; random: number }
  /** A bad account: nothing to retry until the settings change. */
  | { type: 'unusable' };

export const initialRegistration: RegistrationModel = { state: { status: 'unconfigured' }, attempt: 0 };

function failed(model: RegistrationModel, reason: RegistrationFailure, code: number | null, at: number, random: number): RegistrationModel {
  const retryAt = at + retryDelayMs(reason, model.attempt, random);
  return { state: { status: 'failed', reason, code, retryAt }, attempt: model.attempt + 1 };
}

export function registrationTransition(model: RegistrationModel, event: RegistrationEvent): RegistrationModel {
  switch (event.type) {
    case 'stopped':
      return initialRegistration;
    case 'connecting':
      return { ...model, state: { status: 'connecting' } };
    case 'accepted':
      // A refresh keeps the time the phone has been ready since.
      return { state: model.state.status === 'registered' ? model.state : { status: 'registered', since: event.at }, attempt: 0 };
    case 'refused':
      return failed(model, registrationFailureFor(event.code), event.code, event.at, event.random);
    case 'lost':
      return failed(model, event.reason, null, event.at, event.random);
    case 'unusable':
      return { state: { status: 'failed', reason: 'server-error', code: null, retryAt: null }, attempt: model.attempt };
  }
}
