import { useCallback, useState } from 'react';

/**
 * The element that had the focus when a dialog appeared, to give the focus
 * back when it is gone. Mantine's Modal does this only for a modal mounted
 * closed and then opened; ours mount open.
 */
export function useOpenerFocus(): () => void {
  const [opener] = useState(() => (document.activeElement instanceof HTMLElement ? document.activeElement : null));
  return useCallback(() => opener?.focus(), [opener]);
}
