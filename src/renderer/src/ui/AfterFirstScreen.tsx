import { startTransition, useEffect, useState, type ReactNode } from 'react';

/**
 * Renders its children just after the first screen, as a transition: the
 * search box is there to type into before the rest of the bar is built, and
 * whatever the agent does meanwhile (typing, the answer to a search) is
 * rendered before the rest goes on. The place the children take must be kept
 * by their container, so that nothing moves when they arrive.
 */
export function AfterFirstScreen({ children }: { children: ReactNode }) {
  const [shown, setShown] = useState(false);
  useEffect(() => startTransition(() => setShown(true)), []);
  return shown ? children : null;
}
