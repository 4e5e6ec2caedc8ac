import { startTransition } from 'react';

/**
 * Store changes that render as transitions, held back for a moment while
 * the page has something more pressing to do. On a two-core agent PC, a
 * transition's slices still take turns with the network messages a call
 * being set up is waiting for (its 200 OK, the answer applied, the ACK):
 * each turn the phone waits behind one slice, and the panes' first render
 * of a call is a hundred components. While held, each component's render
 * waits — once, however many changes come — until `release` or the hold's
 * limit, then all render together.
 */
export class TransitionHold {
  private readonly waiting = new Set<() => void>();
  private limit: ReturnType<typeof setTimeout> | null = null;

  /** Holds from now until `release`, at most `maxMs`; a hold in force is not extended. */
  hold(maxMs: number): void {
    if (this.limit !== null) return;
    this.limit = setTimeout(() => this.release(), maxMs);
  }

  release(): void {
    if (this.limit === null) return;
    clearTimeout(this.limit);
    this.limit = null;
    const waiting = [...this.waiting];
    this.waiting.clear();
    startTransition(() => waiting.forEach((render) => render()));
  }

  /** Renders as a transition now, or once the hold ends. */
  schedule(render: () => void): void {
    if (this.limit === null) startTransition(render);
    else this.waiting.add(render);
  }
}

/** The page's one hold: the phone holds it while a call is dialled (features/phone/call-setup-first.ts). */
export const transitionHold = new TransitionHold();
