import { useState } from 'react';
import { useCurrentCallContext, useCurrentCallContextReader } from '../phone/phone-context';
import { callCustomerOf, callSituation, customerOnScreen, type ManualChoice } from './customer-on-screen';

/**
 * The customer the agent opened by hand (search, a reminder, a view), with
 * the call situation of the moment it was opened. Read from the phone when
 * the agent opens one, not subscribed to: what holds this choice (the whole
 * console) does not render again as a call moves on.
 */
export function useManualCustomerChoice(): { manual: ManualChoice | null; open(customerId: number): void } {
  const currentCall = useCurrentCallContextReader();
  const [manual, setManual] = useState<ManualChoice | null>(null);
  return { manual, open: (customerId) => setManual({ customerId, situation: callSituation(callCustomerOf(currentCall())) }) };
}

/** Whose card is on screen (see customerOnScreen for the rule): renders again as the call in view changes. */
export function useCustomerOnScreen(manual: ManualChoice | null): number | null {
  return customerOnScreen(callCustomerOf(useCurrentCallContext()), manual);
}
