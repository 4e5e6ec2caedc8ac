import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDialogInfo } from '../../../../src/renderer/src/core/presence/dialog-info';
import { xmlParser } from './xmldom-parser';

const captured = (name: string) => readFileSync(join(import.meta.dirname, 'kamailio-notify-bodies', name), 'utf8');

describe('dialog-info (RFC 4235) NOTIFY bodies captured from Kamailio 5.6 (pua_dialoginfo)', () => {
  it('a call ringing in: early, inbound, with the caller’s number', () => {
    expect(parseDialogInfo(xmlParser, captured('dialog-early-inbound.xml'))).toEqual([
      { id: '2b5dd9e1cebac853@outside.invalid', state: 'early', direction: 'inbound', remoteUser: '0671234567', remoteName: null },
    ]);
  });

  it('the same call cancelled: terminated', () => {
    expect(parseDialogInfo(xmlParser, captured('dialog-cancelled.xml'))?.map((dialog) => dialog.state)).toEqual(['terminated']);
  });

  it('a call answered while the server still lists the cancelled one', () => {
    const dialogs = parseDialogInfo(xmlParser, captured('dialog-confirmed-after-cancelled.xml'));
    expect(dialogs?.map(({ state, remoteUser }) => [state, remoteUser])).toEqual([
      ['confirmed', '+380671234567'],
      ['terminated', '0671234567'],
    ]);
  });

  it('the answered call hung up: both of the agent’s dialogs terminated', () => {
    expect(parseDialogInfo(xmlParser, captured('dialog-terminated.xml'))?.map((dialog) => dialog.state)).toEqual(['terminated', 'terminated']);
  });

  it('a call the agent placed (direction "initiator") is outbound', () => {
    const placed = captured('dialog-early-inbound.xml').replace('direction="recipient"', 'direction="initiator"');
    expect(parseDialogInfo(xmlParser, placed)?.[0]?.direction).toBe('outbound');
  });

  it('a body that is not dialog-info is not read as calls', () => {
    expect(parseDialogInfo(xmlParser, captured('pidf-ready.xml'))).toBeNull();
  });
});
