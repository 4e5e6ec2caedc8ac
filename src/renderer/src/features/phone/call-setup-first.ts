import type { PhoneState } from '../../core/phone/phone-state';
import type { TransitionHold } from '../../ui/transition-hold';

/**
 * The longest the panes wait for a call being dialled. A PBX queue or IVR
 * answers within milliseconds, and its call is set up before this; a
 * customer's phone rings for seconds, and the panes come with the ringing.
 */
export const callSetupHoldMs = 150;

/**
 * A call being dialled comes before the panes: from the click until the
 * far end answers or the call fails (at most `callSetupHoldMs`), the
 * panes' renders wait, so the 200 OK, the answer applied and the ACK do
 * not queue behind them. The call bar (urgent) shows every step at once.
 * Returns the phone's listener.
 */
export function holdPanesWhileDialling(hold: TransitionHold): (state: PhoneState) => void {
  let heldFor = '';
  return ({ call }) => {
    if (call.status === 'dialing' && call.id !== heldFor) {
      heldFor = call.id;
      hold.hold(callSetupHoldMs);
    } else if (call.status !== 'dialing' && call.status !== 'ringing') {
      hold.release();
    }
  };
}
