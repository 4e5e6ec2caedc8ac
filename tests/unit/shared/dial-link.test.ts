import { describe, expect, it } from 'vitest';
import { parseDialLink } from '@shared/domain/dial-link';

describe('a tel: or sip: link', () => {
  it.each([
    ['tel:+7-916-123-45-67', '+79161234567'],
    ['tel:+1 (202) 555-0143;ext=12', '+12025550143'],
    ['tel:%2B380501112233', '+380501112233'],
    ['sip:anna@pbx.example.com', 'sip:anna@pbx.example.com'],
    ['sips:anna@pbx.example.com;transport=tls', 'sip:anna@pbx.example.com'],
  ])('%s dials %s', (link, target) => {
    expect(parseDialLink(link)).toBe(target);
  });

  it.each(['javascript:alert(1)', 'tel:call-me', 'sip:no-host', 'https://example.com', ''])('%s dials nothing', (link) => {
    expect(parseDialLink(link)).toBeNull();
  });
});
