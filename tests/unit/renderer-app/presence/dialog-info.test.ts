import { describe, expect, it } from 'vitest';
import { parseDialogInfo } from '../../../../src/renderer/src/core/presence/dialog-info';
import { xmlParser } from './xmldom-parser';
import dialogCancelled from './kamailio-notify-bodies/dialog-cancelled.xml?raw';
import dialogConfirmedAfterCancelled from './kamailio-notify-bodies/dialog-confirmed-after-cancelled.xml?raw';
import dialogEarlyInbound from './kamailio-notify-bodies/dialog-early-inbound.xml?raw';
import dialogTerminated from './kamailio-notify-bodies/dialog-terminated.xml?raw';
import pidfReady from './kamailio-notify-bodies/pidf-ready.xml?raw';

describe('dialog-info (RFC 4235) NOTIFY bodies captured from Kamailio 5.6 (pua_dialoginfo)', () => {
  it('a call ringing in: early, inbound, with the caller’s number', () => {
    expect(parseDialogInfo(xmlParser, dialogEarlyInbound)).toEqual([
      { id: '2b5dd9e1cebac853@outside.invalid', state: 'early', direction: 'inbound', remoteUser: '0671234567', remoteName: null },
    ]);
  });

  it('the same call cancelled: terminated', () => {
    expect(parseDialogInfo(xmlParser, dialogCancelled)?.map((dialog) => dialog.state)).toEqual(['terminated']);
  });

  it('a call answered while the server still lists the cancelled one', () => {
    const dialogs = parseDialogInfo(xmlParser, dialogConfirmedAfterCancelled);
    expect(dialogs?.map(({ state, remoteUser }) => [state, remoteUser])).toEqual([
      ['confirmed', '+380671234567'],
      ['terminated', '0671234567'],
    ]);
  });

  it('the answered call hung up: both of the agent’s dialogs terminated', () => {
    expect(parseDialogInfo(xmlParser, dialogTerminated)?.map((dialog) => dialog.state)).toEqual(['terminated', 'terminated']);
  });

  it('a call the agent placed (direction "initiator") is outbound', () => {
    const placed = dialogEarlyInbound.replace('direction="recipient"', 'direction="initiator"');
    expect(parseDialogInfo(xmlParser, placed)?.[0]?.direction).toBe('outbound');
  });

  it('a body that is not dialog-info is not read as calls', () => {
    expect(parseDialogInfo(xmlParser, pidfReady)).toBeNull();
  });
});
