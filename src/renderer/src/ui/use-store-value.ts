import { useEffect, useLayoutEffect, useReducer, useRef } from 'react';
import { flushSync } from 'react-dom';
import { transitionHold } from './transition-hold';

/**
 * How soon a component shows a store's change: `transition`, in slices the
 * browser can come between (what most of the console needs); `urgent`, in
 * the next task, whole (the call bar's status and its answer and hang-up
 * buttons: a few small components the agent acts on at once).
 */
export type StorePriority = 'transition' | 'urgent';

/**
 * What `read` answers from a store; the component renders again only when
 * the answer changes (Object.is), so `read` must give the same value while
 * nothing it reads changed. Unlike useSyncExternalStore, which renders every
 * change at once and whole, changes render at `priority`: for the phone's
 * stores a call changes stage at the very moments its SIP answers and WebRTC
 * events arrive, and those must not wait for the panes (which, while a call
 * is dialled, wait for it: `transitionHold`). Two components may
 * show two moments of the store for the few milliseconds until the next
 * slice; the store's next change renders both again.
 */
export function useStoreValue<T>(subscribe: (listener: () => void) => () => void, read: () => T, priority: StorePriority = 'transition'): T {
  const value = read();
  const [, renderAgain] = useReducer((count: number) => count + 1, 0);
  const shown = useRef({ value, read, priority });
  useLayoutEffect(() => {
    shown.current = { value, read, priority };
    // A change between this render and its commit: the listener compared it with what was on screen before, through
    // the `read` of before (another call's, say), and may have found nothing new.
    if (!Object.is(read(), value)) showChange(priority, renderAgain);
  });
  useEffect(() => {
    const check = () => {
      if (!Object.is(shown.current.read(), shown.current.value)) showChange(shown.current.priority, renderAgain);
    };
    // A change between the commit and the subscription.
    check();
    return subscribe(check);
  }, [subscribe]);
  return value;
}

/** Urgent renders asked for in the task that is running; all rendered together, once, at its end. */
const urgentRenders = new Set<() => void>();

function showChange(priority: StorePriority, renderAgain: () => void): void {
  if (priority === 'transition') return transitionHold.schedule(renderAgain);
  if (urgentRenders.size === 0) queueMicrotask(renderUrgentNow);
  urgentRenders.add(renderAgain);
}

/**
 * In the same task as the change, as React does for a click: a store
 * change from outside React (a SIP answer, a WebRTC event) would otherwise
 * wait for the scheduler's next task, behind whatever the page has queued.
 */
function renderUrgentNow(): void {
  const renders = [...urgentRenders];
  urgentRenders.clear();
  flushSync(() => renders.forEach((render) => render()));
}
