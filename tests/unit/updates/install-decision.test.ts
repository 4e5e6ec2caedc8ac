import { describe, expect, it } from 'vitest';
import type { ConsoleActivity } from '@shared/updates/console-activity';
import { insideWindow, mayInstallNow, mayRestartOnRequest, type InstallDecision } from '@shared/updates/install-decision';

/** Local wall-clock times, whatever the machine's time zone. */
const at = (hours: number, minutes = 0) => new Date(2026, 10, 26, hours, minutes);
const night = { start: '22:00', end: '06:00' };
const minutesAgo = (now: Date, minutes: number) => now.getTime() - minutes * 60_000;

type Row = [string, ConsoleActivity['call'], ConsoleActivity['agent'], number, InstallDecision];

describe('may a downloaded update restart the console by itself (window 22:00–06:00, idle 15 minutes, at 02:30)', () => {
  const now = at(2, 30);
  const rows: Row[] = [
    ['a call ringing, agent ready for an hour', 'ringing', 'ready', 60, { install: false, reason: 'ringing' }],
    ['a call ringing while not ready', 'ringing', 'not-ready', 60, { install: false, reason: 'ringing' }],
    ['a call up', 'in-call', 'on-call', 60, { install: false, reason: 'in-call' }],
    ['dialing out (agent on call, call not yet up)', 'none', 'on-call', 60, { install: false, reason: 'in-call' }],
    ['wrap-up after a call', 'wrap-up', 'wrap-up', 60, { install: false, reason: 'wrap-up' }],
    ['agent in wrap-up, page says no call', 'none', 'wrap-up', 60, { install: false, reason: 'wrap-up' }],
    ['ready for an hour', 'none', 'ready', 60, { install: true }],
    ['ready for exactly 15 minutes', 'none', 'ready', 15, { install: true }],
    ['ready for 14 minutes', 'none', 'ready', 14, { install: false, reason: 'not-idle-long-enough' }],
    ['not ready for an hour', 'none', 'not-ready', 60, { install: true }],
    ['not ready for a minute', 'none', 'not-ready', 1, { install: false, reason: 'not-idle-long-enough' }],
    ['offline (phone not registered) for an hour', 'none', 'offline', 60, { install: true }],
    ['offline for 5 minutes', 'none', 'offline', 5, { install: false, reason: 'not-idle-long-enough' }],
  ];
  it.each(rows)('%s', (_story, call, agent, idleFor, expected) => {
    expect(mayInstallNow({ activity: { call, agent, agentSince: minutesAgo(now, idleFor) }, window: night, idleMinutes: 15, now })).toEqual(expected);
  });

  it('never outside the window, however idle', () => {
    const noon = at(12);
    expect(mayInstallNow({ activity: { call: 'none', agent: 'ready', agentSince: minutesAgo(noon, 600) }, window: night, idleMinutes: 15, now: noon })).toEqual({
      install: false,
      reason: 'outside-window',
    });
  });

  it('never without a window (then only at quit or when the agent asks)', () => {
    expect(mayInstallNow({ activity: { call: 'none', agent: 'ready', agentSince: 0 }, window: null, idleMinutes: 15, now })).toEqual({ install: false, reason: 'no-window' });
  });

  it('never when the page has not said what the console is doing', () => {
    expect(mayInstallNow({ activity: null, window: night, idleMinutes: 15, now })).toEqual({ install: false, reason: 'no-activity-known' });
  });
});

describe('the install window', () => {
  it.each([
    [night, at(22), true],
    [night, at(23, 59), true],
    [night, at(0), true],
    [night, at(5, 59), true],
    [night, at(6), false],
    [night, at(21, 59), false],
    [{ start: '12:00', end: '13:30' }, at(12, 0), true],
    [{ start: '12:00', end: '13:30' }, at(13, 29), true],
    [{ start: '12:00', end: '13:30' }, at(13, 30), false],
  ])('%o at %s → %s', (window, now, inside) => {
    expect(insideWindow(window, now)).toBe(inside);
  });
});

describe("the agent's restart now", () => {
  it.each<[ConsoleActivity['call'], ConsoleActivity['agent'], InstallDecision]>([
    ['none', 'ready', { install: true }],
    ['none', 'not-ready', { install: true }],
    ['none', 'offline', { install: true }],
    ['ringing', 'ready', { install: false, reason: 'ringing' }],
    ['in-call', 'on-call', { install: false, reason: 'in-call' }],
    ['none', 'on-call', { install: false, reason: 'in-call' }],
    ['wrap-up', 'wrap-up', { install: false, reason: 'wrap-up' }],
    ['none', 'wrap-up', { install: false, reason: 'wrap-up' }],
  ])('call %s, agent %s → %o, however short the idle time', (call, agent, expected) => {
    expect(mayRestartOnRequest({ call, agent, agentSince: Date.now() })).toEqual(expected);
  });
});
