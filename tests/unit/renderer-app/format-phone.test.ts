import { describe, expect, it } from 'vitest';
import { formatPhone } from '../../../src/renderer/src/ui/format';

describe('a phone number on screen', () => {
  it.each([
    ['+380671234567', '+380 67 123 45 67'],
    ['+380442223344', '+380 44 222 33 44'],
    ['+79161234567', '+7 916 123 45 67'],
    ['+12025550100', '+1 202 555 0100'],
    ['agent-1001', 'agent-1001'],
  ])('%s reads as %s, grouped as its country writes it', (e164, shown) => {
    expect(formatPhone(e164)).toBe(shown);
  });
});
