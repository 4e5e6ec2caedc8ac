import { describe, expect, it } from 'vitest';
import { buildPidf, parsePidf } from '../../../../src/renderer/src/core/presence/pidf';
import type { AgentPresence } from '../../../../src/renderer/src/core/presence/agent-presence';
import { xmlParser } from './xmldom-parser';
import dialogEarlyInbound from './kamailio-notify-bodies/dialog-early-inbound.xml?raw';
import pidfAfterRemoval from './kamailio-notify-bodies/pidf-after-removal.xml?raw';
import pidfNotReadyLunch from './kamailio-notify-bodies/pidf-not-ready-lunch.xml?raw';
import pidfReady from './kamailio-notify-bodies/pidf-ready.xml?raw';

const receivedAt = 1_764_170_999_000;

describe('the PIDF a console publishes', () => {
  const states: AgentPresence[] = [
    { state: 'ready', since: 1_764_170_000_000, reason: null },
    { state: 'not-ready', since: 1_764_170_000_001, reason: 'training' },
    { state: 'in-call', since: 1_764_170_000_002, reason: null },
    { state: 'wrap-up', since: 1_764_170_000_003, reason: null },
    { state: 'offline', since: 1_764_170_000_004, reason: null },
  ];
  it.each(states)('reads back as it was written: $state', (presence) => {
    expect(parsePidf(xmlParser, buildPidf('sip:agent-1001@127.0.0.1', presence), receivedAt)).toEqual(presence);
  });

  it('carries RFC 4480 activities for clients that do not read Parley’s element, and no customer data', () => {
    const document = buildPidf('sip:agent-1001@127.0.0.1', { state: 'in-call', since: 1, reason: null });
    expect(document).toContain('<rpid:on-the-phone/>');
    expect(document).toContain('<basic>open</basic>');
    expect(buildPidf('sip:a@b', { state: 'offline', since: 1, reason: null })).toContain('<basic>closed</basic>');
  });

  it('escapes the entity so that an odd address cannot break the document', () => {
    const presence: AgentPresence = { state: 'ready', since: 5, reason: null };
    expect(parsePidf(xmlParser, buildPidf('sip:"odd"&<user>@x', presence), receivedAt)).toEqual(presence);
  });
});

describe('PIDF NOTIFY bodies captured from Kamailio 5.6', () => {
  it('not ready for lunch, since when the agent’s console said', () => {
    expect(parsePidf(xmlParser, pidfNotReadyLunch, receivedAt)).toEqual({ state: 'not-ready', since: 1_764_170_000_000, reason: 'lunch' });
  });

  it('ready', () => {
    expect(parsePidf(xmlParser, pidfReady, receivedAt)).toEqual({ state: 'ready', since: 1_764_170_060_000, reason: null });
  });

  it('the closed document the server makes when a publication is removed: offline since it arrived', () => {
    expect(parsePidf(xmlParser, pidfAfterRemoval, receivedAt)).toEqual({ state: 'offline', since: receivedAt, reason: null });
  });

  it('a body that is not PIDF is not read as any state', () => {
    expect(parsePidf(xmlParser, dialogEarlyInbound, receivedAt)).toBeNull();
    expect(parsePidf(xmlParser, 'not xml <', receivedAt)).toBeNull();
  });
});
