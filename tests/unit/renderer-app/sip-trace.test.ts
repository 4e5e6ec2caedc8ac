import { describe, expect, it } from 'vitest';
import { sipTraceFromLog } from '../../../src/renderer/src/core/phone/sip-trace';

const register = 'REGISTER sip:pbx.example.net SIP/2.0\r\nCSeq: 1 REGISTER\r\n\r\n';

describe("sip.js's transport trace becomes the support bundle's SIP trace", () => {
  it('takes the messages it sends and receives', () => {
    expect(sipTraceFromLog('log', 'sip.Transport', `Sending WebSocket message:\n\n${register}\n`)).toEqual({ direction: 'sent', message: register });
    expect(sipTraceFromLog('log', 'sip.Transport', 'Received WebSocket text message:\n\nSIP/2.0 200 OK\r\n\r\n\n')).toEqual({ direction: 'received', message: 'SIP/2.0 200 OK\r\n\r\n' });
  });

  it('ignores every other line, keep-alives included', () => {
    expect(sipTraceFromLog('log', 'sip.Transport', 'Received WebSocket message with CRLF Keep Alive response')).toBeNull();
    expect(sipTraceFromLog('log', 'sip.UserAgent', `Sending WebSocket message:\n\n${register}`)).toBeNull();
    expect(sipTraceFromLog('error', 'sip.Transport', 'WebSocket closed')).toBeNull();
  });
});
