import { useCurrentCallContext } from '../phone/phone-context';
import { CallerChooser } from './CallerChooser';
import { UnknownCaller } from './UnknownCaller';

/**
 * The questions of the screen pop (which card is open is decided in
 * customer-on-screen.ts): a number several customers share asks who it is;
 * a number nobody has offers to create the caller. Stays until the agent
 * answers it, after the call too, since the wrap-up's note and promises need
 * the customer.
 */
export function ScreenPop() {
  const context = useCurrentCallContext();
  if (!context || context.customerId !== null || context.matches === null) return null;
  return context.matches.length > 1 ? <CallerChooser context={context} /> : <UnknownCaller context={context} />;
}
