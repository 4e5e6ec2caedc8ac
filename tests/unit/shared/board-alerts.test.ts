import { describe, expect, it } from 'vitest';
import { alertsFor, defaultBoardAlertRules, inShift, type BoardAlertRules } from '../../../src/shared/domain/board-alerts';

const minute = 60_000;
const rules: BoardAlertRules = { ...defaultBoardAlertRules, callLongerThanMinutes: 10, wrapUpLongerThanMinutes: 3, notReadyLongerThanMinutes: 15, offlineDuringShift: { from: '09:00', to: '18:00' } };
const at = (hours: number, minutes = 0) => new Date(2026, 10, 26, hours, minutes).getTime();

describe('board alerts', () => {
  it('a call longer than the limit, counted from when it was connected', () => {
    const now = at(12);
    expect(alertsFor({ state: 'in-call', stateSince: now - 11 * minute, callSince: now - 9 * minute }, rules, now)).toEqual([]);
    expect(alertsFor({ state: 'in-call', stateSince: now - 9 * minute, callSince: now - 11 * minute }, rules, now)).toEqual(['long-call']);
    // Without dialog events, the state's time stands in.
    expect(alertsFor({ state: 'in-call', stateSince: now - 11 * minute, callSince: null }, rules, now)).toEqual(['long-call']);
  });

  it('wrap-up and not ready longer than their limits', () => {
    const now = at(12);
    expect(alertsFor({ state: 'wrap-up', stateSince: now - 4 * minute, callSince: null }, rules, now)).toEqual(['long-wrap-up']);
    expect(alertsFor({ state: 'wrap-up', stateSince: now - 2 * minute, callSince: null }, rules, now)).toEqual([]);
    expect(alertsFor({ state: 'not-ready', stateSince: now - 16 * minute, callSince: null }, rules, now)).toEqual(['long-not-ready']);
  });

  it('offline only counts inside the shift; an unknown state raises nothing', () => {
    expect(alertsFor({ state: 'offline', stateSince: at(10), callSince: null }, rules, at(10, 30))).toEqual(['offline-in-shift']);
    expect(alertsFor({ state: 'offline', stateSince: at(18), callSince: null }, rules, at(19))).toEqual([]);
    expect(alertsFor({ state: 'unknown', stateSince: at(8), callSince: null }, rules, at(12))).toEqual([]);
  });

  it('a rule left empty is off', () => {
    const now = at(12);
    expect(alertsFor({ state: 'not-ready', stateSince: now - 99 * minute, callSince: null }, { ...rules, notReadyLongerThanMinutes: null }, now)).toEqual([]);
  });

  it('a night shift runs past midnight', () => {
    const night = { from: '22:00', to: '06:00' };
    expect(inShift(night, new Date(at(23)))).toBe(true);
    expect(inShift(night, new Date(at(5, 59)))).toBe(true);
    expect(inShift(night, new Date(at(6)))).toBe(false);
  });
});
