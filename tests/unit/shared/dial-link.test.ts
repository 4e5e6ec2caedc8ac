import { describe, expect, it } from 'vitest';
import { hasDialLinkScheme, readDialLink } from '@shared/domain/dial-link';

describe('a tel:, sip: or callto: link', () => {
  it.each([
    ['tel:+7-916-123-45-67', '+79161234567'],
    ['tel:+1 (202) 555-0143;ext=12', '+12025550143'],
    ['tel:%2B380501112233', '+380501112233'],
    ['TEL:+4930123456', '+4930123456'],
    ['callto:+4930123456', '+4930123456'],
    ['callto://+44 20 7946 0958', '+442079460958'],
    ['sip:anna@pbx.example.com', 'sip:anna@pbx.example.com'],
    ['sips:anna@pbx.example.com;transport=tls', 'sip:anna@pbx.example.com'],
  ])('%s dials %s', (link, target) => {
    expect(readDialLink(link)).toEqual({ ok: true, target });
  });

  it.each([
    ['tel:call-me', 'not-a-phone-number'],
    ['tel:%E0%A4%A', 'not-a-phone-number'],
    ['tel:', 'not-a-phone-number'],
    ['callto:echo123', 'not-a-phone-number'],
    ['sip:no-host', 'not-a-sip-address'],
    [`sip:${'a'.repeat(300)}@example.com`, 'not-a-sip-address'],
    ['javascript:alert(1)', 'not-a-dial-link'],
    ['https://example.com', 'not-a-dial-link'],
    ['', 'not-a-dial-link'],
  ])('%s dials nothing: %s', (link, problem) => {
    expect(readDialLink(link)).toMatchObject({ ok: false, problem });
  });

  it('shows the agent enough of a bad link to recognise it, not all of it', () => {
    const reading = readDialLink(`tel:${'x'.repeat(10_000)}`);
    expect(reading.ok).toBe(false);
    if (!reading.ok) {
      expect(reading.link.startsWith('tel:xxx')).toBe(true);
      expect(reading.link.length).toBeLessThanOrEqual(121);
    }
  });

  it.each(['tel:+4930', 'SIP:a@b', 'sips:a@b', 'callto:+4930'])('%s is a link Parley handles', (text) => {
    expect(hasDialLinkScheme(text)).toBe(true);
  });

  it.each(['--original-process-start-time=1321', 'C:\\Program Files\\Parley\\Parley.exe', '.', 'https://tel.example', 'telnet:host'])(
    '%s is not',
    (text) => {
      expect(hasDialLinkScheme(text)).toBe(false);
    },
  );
});
