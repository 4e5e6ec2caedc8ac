import { describe, expect, it } from 'vitest';
import { supervisionEndReasons } from '@shared/domain/supervision';
import { recordedEndReason } from '../../../../src/renderer/src/core/phone/monitoring-event';
import { refusalBeforeCheck, type MonitoringInvite } from '../../../../src/renderer/src/core/phone/monitoring-intake';
import {
  endingForCode,
  endingFromReason,
  modeChangeBody,
  modeChangeContentType,
  monitoringEndReasons,
  readModeChange,
  reasonHeader,
  supervisorGains,
} from '../../../../src/renderer/src/core/phone/monitoring-signals';

const headerValue = (header: string) => header.replace(/^Reason:\s*/, '');

describe('why a monitoring call ended, as the two consoles tell each other', () => {
  it('the agent console’s reason survives the trip through a Reason header, with its detail', () => {
    const told = reasonHeader({ reason: 'grant-refused', detail: 'expired' });
    expect(told).toBe('Reason: Parley;text="grant-refused";detail=expired');
    expect(endingFromReason(headerValue(told))).toEqual({ reason: 'grant-refused', detail: 'expired' });
    expect(endingFromReason(headerValue(reasonHeader({ reason: 'customer-call-ended', detail: null })))).toEqual({ reason: 'customer-call-ended', detail: null });
  });

  it('a detail that could break the header is left out, not sent', () => {
    expect(reasonHeader({ reason: 'grant-refused', detail: 'bad"; text="x' })).toBe('Reason: Parley;text="grant-refused"');
  });

  it('another protocol’s Reason, or one of ours nobody announces, is not taken as the agent console’s', () => {
    expect(endingFromReason('SIP;cause=200;text="Call completed elsewhere"')).toBeNull();
    expect(endingFromReason('Parley;text="stopped"')).toBeNull();
    expect(endingFromReason(undefined)).toBeNull();
  });

  it('a refusal without our Reason is read from its SIP code', () => {
    expect(endingForCode(404).reason).toBe('not-found');
    expect(endingForCode(408).reason).toBe('no-answer');
    expect(endingForCode(403).reason).toBe('grant-refused');
    expect(endingForCode(486).reason).toBe('already-monitored');
    expect(endingForCode(500)).toEqual({ reason: 'failed', detail: '500' });
  });
});

describe('switching the mode in the dialog', () => {
  it('the INFO body round-trips; anything else is not a mode switch', () => {
    expect(readModeChange(modeChangeContentType, modeChangeBody('whisper'))).toBe('whisper');
    expect(readModeChange(`${modeChangeContentType}; charset=utf-8`, modeChangeBody('barge'))).toBe('barge');
    expect(readModeChange('application/dtmf-relay', 'Signal=5')).toBeNull();
    expect(readModeChange(modeChangeContentType, '{"mode":"shout"}')).toBeNull();
    expect(readModeChange(modeChangeContentType, '{"mode":"barge","extra":1}')).toBeNull();
    expect(readModeChange(modeChangeContentType, 'not json')).toBeNull();
  });
});

describe('who hears the supervisor', () => {
  it('the agent in Whisper and Barge, the customer only in Barge and never while held', () => {
    expect(supervisorGains('listen', false)).toEqual({ toCustomer: 0, toAgent: 0 });
    expect(supervisorGains('whisper', false)).toEqual({ toCustomer: 0, toAgent: 1 });
    expect(supervisorGains('barge', false)).toEqual({ toCustomer: 1, toAgent: 1 });
    expect(supervisorGains('barge', true)).toEqual({ toCustomer: 0, toAgent: 1 });
  });
});

describe('a monitoring call the agent console refuses before checking its grant', () => {
  const invite: MonitoringInvite = { grant: 'g', mode: 'listen', sessionId: '2f1c7a1e-9a3b-4c1d-8e2f-0a1b2c3d4e5f', fromSipAddress: 'sup@example.com' };
  it('no customer call: 480 and why; already monitored: 486; an unknown mode: 400', () => {
    expect(refusalBeforeCheck(invite, { monitored: false, inCall: false })).toEqual({ code: 480, ending: { reason: 'agent-not-in-call', detail: null } });
    expect(refusalBeforeCheck(invite, { monitored: true, inCall: true })?.code).toBe(486);
    expect(refusalBeforeCheck({ ...invite, mode: null }, { monitored: false, inCall: true })?.code).toBe(400);
    expect(refusalBeforeCheck({ ...invite, sessionId: null }, { monitored: false, inCall: true })?.code).toBe(400);
    expect(refusalBeforeCheck(invite, { monitored: false, inCall: true })).toBeNull();
  });
});

describe('what the session records say about an ending', () => {
  it('every reason the supervisor can be shown maps to one the contract records', () => {
    for (const reason of monitoringEndReasons) expect(supervisionEndReasons).toContain(recordedEndReason(reason));
    expect(recordedEndReason('transferred')).toBe('call-transferred');
    expect(recordedEndReason('stopped')).toBe('supervisor-stopped');
  });
});
