import { describe, expect, it } from 'vitest';
import { sipfragStatus } from '../../../../src/renderer/src/core/phone/transfers';

describe('a transfer report (REFER NOTIFY)', () => {
  it.each([
    ['SIP/2.0 100 Trying', 100],
    ['SIP/2.0 180 Ringing\r\n', 180],
    ['SIP/2.0 200 OK', 200],
    ['SIP/2.0 486 Busy Here\r\nContent-Length: 0', 486],
    ['garbage', null],
    ['', null],
  ])('%j → %s', (body, code) => {
    expect(sipfragStatus(body)).toBe(code);
  });
});
