import { useEffect } from 'react';
import { useSoftphone } from './phone-context';
import { shortcutFor } from './phone-shortcuts';

/** Every call action from the keyboard, wherever the focus is. */
export function usePhoneShortcuts(focusDialer: () => void): void {
  const softphone = useSoftphone();

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const shortcut = shortcutFor(event);
      if (!shortcut) return;
      event.preventDefault();
      // Read at the key press, not subscribed to: the dialer holding this would otherwise render on every media reading.
      const { call } = softphone.getState();
      switch (shortcut) {
        case 'answer':
          void softphone.answer();
          break;
        case 'hangUp':
          void softphone.hangup();
          break;
        case 'hold':
          if (call.status === 'established') void softphone.setHold(call.hold !== 'on');
          break;
        case 'mute':
          if (call.status === 'established') softphone.setMuted(!call.muted);
          break;
        case 'dial':
          focusDialer();
          break;
        case 'transfer':
          // The transfer field exists only while a call is up; it takes this key itself.
          break;
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [softphone, focusDialer]);
}
