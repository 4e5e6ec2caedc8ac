import { useEffect, type RefObject } from 'react';
import { shortcutFor } from './phone-shortcuts';

/** Alt+T puts the cursor in the transfer field: type the colleague, Enter transfers. */
export function useTransferShortcut(input: RefObject<HTMLInputElement | null>): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (shortcutFor(event) !== 'transfer' || !input.current) return;
      event.preventDefault();
      input.current.focus();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [input]);
}
