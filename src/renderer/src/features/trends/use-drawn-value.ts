import { startTransition, useDeferredValue, useEffect, useRef, useState } from 'react';

/**
 * What a chart draws now, so that the charts in sight are drawn first: a
 * chart on screen draws a new value at once; a chart off screen draws it in
 * a deferred render, which React starts after the charts in sight are
 * committed and interrupts for the user's input; a chart never drawn yet
 * waits (null) until it comes near the screen or the browser is idle. All
 * eight drawn in one go made the ones in sight wait for the rest.
 */
export function useDrawnValue<T, E extends Element>(value: T): [React.RefObject<E | null>, T | null] {
  const ref = useRef<E>(null);
  const [onScreen, setOnScreen] = useState(false);
  const [started, setStarted] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new IntersectionObserver((entries) => {
      const entry = entries.at(-1);
      if (entry) setOnScreen(entry.isIntersecting);
    }, { rootMargin: '100px' });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  useEffect(() => {
    if (started) return;
    // A page never idle (a call's timers, a busy machine) still draws them within a second.
    const idle = requestIdleCallback(() => startTransition(() => setStarted(true)), { timeout: 1000 });
    return () => cancelIdleCallback(idle);
  }, [started]);
  const deferred = useDeferredValue(value);
  if (onScreen) return [ref, value];
  return [ref, started ? deferred : null];
}
