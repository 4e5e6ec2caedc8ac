import { startTransition, useEffect, useLayoutEffect, useReducer, useRef } from 'react';

/**
 * What `read` answers from a store, the component's renders for the store's
 * changes made as transitions: React renders them in slices the browser can
 * come between, where useSyncExternalStore renders at once and whole. For
 * the phone's stores: a call changes stage at the very moments its SIP
 * answers and WebRTC events arrive, and those must not wait for the panes.
 * The component renders again only when the answer changes (Object.is):
 * `read` must give the same value while nothing it reads changed. Two
 * components may show two moments of the store for the few milliseconds
 * until the next slice; the store's next change renders both again.
 */
export function useStoreInTransition<T>(subscribe: (listener: () => void) => () => void, read: () => T): T {
  const value = read();
  const [, renderAgain] = useReducer((count: number) => count + 1, 0);
  const shown = useRef({ value, read });
  useLayoutEffect(() => {
    shown.current = { value, read };
    // A change between this render and its commit: the listener compared it with what was on screen before, through
    // the `read` of before (another call's, say), and may have found nothing new.
    if (!Object.is(read(), value)) startTransition(renderAgain);
  });
  useEffect(() => {
    const check = () => {
      if (!Object.is(shown.current.read(), shown.current.value)) startTransition(renderAgain);
    };
    // A change between the commit and the subscription.
    check();
    return subscribe(check);
  }, [subscribe]);
  return value;
}
