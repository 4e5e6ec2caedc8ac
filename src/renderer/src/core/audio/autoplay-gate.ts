import { encodeWav } from './wav';

export interface AutoplayGate {
  /** False while the browser would refuse to play sound before the agent has clicked or pressed a key. */
  getSnapshot(): boolean;
  subscribe(listener: () => void): () => void;
  /** A tone was refused after all (the policy changed, or the check raced the first ring). */
  reportBlocked(): void;
}

/** 10 ms of silence: enough for the browser to decide whether this page may play sound. */
const silence = () => URL.createObjectURL(new Blob([encodeWav(new Float32Array(160), 16_000)], { type: 'audio/wav' }));

const gestures = ['pointerdown', 'keydown'] as const;

/** However busy the page, it knows this soon after it opens whether it may play sound. */
const probeWithinMs = 1000;

/**
 * The first ring of the day must be heard. Electron is told to allow sound
 * without a gesture; a plain browser allows it only after the agent has
 * interacted with the page. So the page tries a silent sound once it is idle: if it
 * is refused, the console asks for a click, and the agent's first click or
 * key press (which also unlocks sound for the rest of the page's life) ends
 * the hint.
 */
export function createAutoplayGate(): AutoplayGate {
  let allowed = true;
  const listeners = new Set<() => void>();
  const set = (next: boolean) => {
    if (next === allowed) return;
    allowed = next;
    listeners.forEach((listener) => listener());
  };
  const tryPlay = () => {
    const probe = new Audio(silence());
    probe
      .play()
      .then(() => set(true))
      .catch((error: unknown) => {
        if (error instanceof DOMException && error.name === 'NotAllowedError') block();
      })
      .finally(() => URL.revokeObjectURL(probe.src));
  };
  const onGesture = () => {
    gestures.forEach((type) => window.removeEventListener(type, onGesture, true));
    tryPlay();
  };
  const block = () => {
    set(false);
    gestures.forEach((type) => window.addEventListener(type, onGesture, true));
  };
  // Once the first screen is up: a ring in that moment that the browser refuses is reported by the ringer.
  requestIdleCallback(tryPlay, { timeout: probeWithinMs });
  return {
    getSnapshot: () => allowed,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    reportBlocked: block,
  };
}
