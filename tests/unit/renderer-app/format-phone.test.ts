import { describe, expect, it } from 'vitest';
import { dialableE164, formatPhone, loadPhoneNumbers } from '../../../src/renderer/src/ui/phone-format';

describe('a phone number on screen', () => {
  // First, as the console shows a number before libphonenumber has arrived (it loads after the first screen).
  it('reads as stored until the number library has loaded, and is dialled as typed', () => {
    expect(formatPhone('+380671234567')).toBe('+380671234567');
    expect(dialableE164('067 123 45 67', 'UA')).toBeNull();
  });

  it.each([
    ['+380671234567', '+380 67 123 45 67'],
    ['+380442223344', '+380 44 222 33 44'],
    ['+79161234567', '+7 916 123 45 67'],
    ['+12025550100', '+1 202 555 0100'],
    ['agent-1001', 'agent-1001'],
  ])('%s reads as %s, grouped as its country writes it', async (e164, shown) => {
    await loadPhoneNumbers();
    expect(formatPhone(e164)).toBe(shown);
  });

  it('a number typed the local way is dialled in E.164 once the library is there', async () => {
    await loadPhoneNumbers();
    expect(dialableE164('067 123 45 67', 'UA')).toBe('+380671234567');
  });
});
