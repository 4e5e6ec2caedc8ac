import { useState } from 'react';
import { useCurrentCallContext } from '../phone/phone-context';
import { callCustomerOf, callSituation, customerOnScreen, type ManualChoice } from './customer-on-screen';

/** The customer whose card is open, and how the agent opens another (see customerOnScreen for the rule). */
export function useCustomerOnScreen(): { customerId: number | null; open(customerId: number): void } {
  const call = callCustomerOf(useCurrentCallContext());
  const [manual, setManual] = useState<ManualChoice | null>(null);
  const situation = callSituation(call);
  return { customerId: customerOnScreen(call, manual), open: (customerId) => setManual({ customerId, situation }) };
}
