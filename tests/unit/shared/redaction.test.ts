import { describe, expect, it } from 'vitest';
import { redactSipMessage } from '@shared/logging/redact-sip';
import { redactText } from '@shared/logging/redact-text';
import { redactValue } from '@shared/logging/redact-value';

describe('redaction by pattern', () => {
  it.each([
    ['call from +7 912 345-67-89 dropped', 'call from [number] dropped'],
    ['callback 8 (495) 123-45-67', 'callback [number]'],
    ['E.164 +380441234567', 'E.164 [number]'],
    ['mail ivan@example.com now', 'mail [email] now'],
    ['INVITE sip:+79123456789@pbx.example.net SIP/2.0', 'INVITE sip:[user]@pbx.example.net SIP/2.0'],
    ['dial tel:+79123456789;phone-context=x', 'dial tel:[number];phone-context=x'],
    ['Authorization: Digest username="1001", response="abc"', 'Authorization: [redacted]'],
    ['GET /?token=abcDEF123 HTTP/1.1', 'GET /?token=[redacted] HTTP/1.1'],
    ['{"password":"hunter2","user":1}', '{"password":[redacted],"user":1}'],
    ['apiKey=sk_live_123 ok', 'apiKey=[redacted] ok'],
    ['From: "Ivan Petrov" <sip:1001@pbx>;tag=1', 'From: [name] <sip:[user]@pbx>;tag=1'],
  ])('%s', (text, redacted) => {
    expect(redactText(text)).toBe(redacted);
  });

  it.each(['server 192.168.10.200 answered', 'on 2026-11-26 13:31:05', 'Electron 39.8.10, port 5060, CSeq 314159', 'id 6f1c3a52-93b4-4e0c-9d4e-8a1b40000000'])(
    'keeps what only looks like a number: %s',
    (text) => {
      expect(redactText(text)).toBe(text);
    },
  );
});

describe('redaction by field', () => {
  it('replaces personal fields at any depth and keeps the shape', () => {
    expect(redactValue({ level: 2, customer: { firstName: 'Ivan', tier: 'vip', phones: ['+79123456789'] }, note: { body: 'x' } })).toEqual({
      level: 2,
      customer: { firstName: '[redacted]', tier: 'vip', phones: '[redacted]' },
      note: '[redacted]',
    });
  });

  it('keeps an error class name, redacts its message and stack', () => {
    const redacted = redactValue(new TypeError('bad number +79123456789')) as Record<string, string>;
    expect(redacted.name).toBe('TypeError');
    expect(redacted.message).toBe('bad number [number]');
    expect(redacted.stack).not.toContain('79123456789');
  });
});

describe('a SIP message for the trace', () => {
  it('keeps methods, codes and routing; drops identities and the body', () => {
    const message = 'SIP/2.0 200 OK\r\nTo: "Anna" <sip:2002@pbx>;tag=9\r\nContent-Type: application/sdp\r\n\r\nv=0\r\no=- 1 1 IN IP4 10.0.0.5\r\nc=IN IP4 10.0.0.5\r\n';
    expect(redactSipMessage(message)).toBe('SIP/2.0 200 OK\r\nTo: [name] <sip:[user]@pbx>;tag=9\r\nContent-Type: application/sdp\r\n\r\n[SDP 3 lines]');
  });

  it('says what another body was without showing it', () => {
    expect(redactSipMessage('MESSAGE sip:a@b SIP/2.0\r\nContent-Type: text/plain\r\n\r\nhello Ivan')).toBe(
      'MESSAGE sip:[user]@b SIP/2.0\r\nContent-Type: text/plain\r\n\r\n[body: text/plain, 10 characters]',
    );
  });
});
