import { describe, expect, it } from 'vitest';
import { callSituation, customerOnScreen, type CallCustomer } from '../../../src/renderer/src/features/screen-pop/customer-on-screen';

const call = (sipCallId: string, matches: number[] | null, customerId: number | null = matches?.length === 1 ? (matches[0] ?? null) : null): CallCustomer => ({ sipCallId, matches, customerId });
const openedDuring = (situationOf: CallCustomer | null, customerId: number) => ({ customerId, situation: callSituation(situationOf) });

describe('whose card is on screen', () => {
  it('the customer of a call pops as soon as the store says who it is', () => {
    expect(customerOnScreen(call('a', [7]), null)).toBe(7);
  });

  it('an unknown caller clears the last customer’s card, so quick-create never sits over someone else', () => {
    const previous = call('a', [7]);
    expect(customerOnScreen(call('b', []), openedDuring(previous, 7))).toBeNull();
  });

  it('a number several customers share shows no card until the agent chooses, then the chosen one', () => {
    expect(customerOnScreen(call('b', [7, 8]), null)).toBeNull();
    expect(customerOnScreen(call('b', [7, 8], 8), null)).toBe(8);
  });

  it('the agent may open someone else during the call, until the next call pops', () => {
    const first = call('a', [7]);
    expect(customerOnScreen(first, openedDuring(first, 42))).toBe(42);
    expect(customerOnScreen(call('b', [9]), openedDuring(first, 42))).toBe(9);
  });

  it('a customer created for an unknown caller replaces whatever the agent looked at meanwhile', () => {
    const unknown = call('b', []);
    expect(customerOnScreen(unknown, openedDuring(unknown, 42))).toBe(42);
    expect(customerOnScreen(call('b', [], 50), openedDuring(unknown, 42))).toBe(50);
  });

  it('with no call, the card is whatever the agent opened', () => {
    expect(customerOnScreen(null, null)).toBeNull();
    expect(customerOnScreen(null, openedDuring(null, 3))).toBe(3);
  });
});
