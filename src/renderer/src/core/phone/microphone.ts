/**
 * Where calls take their microphone from. The audio settings decide which
 * device and what processing (echo cancellation, noise suppression); the
 * phone only asks for a stream and hears when the choice changed.
 */
export interface Microphone {
  /** A stream for one call; the call stops its tracks when it ends. */
  open(): Promise<MediaStream>;
  /** Called when the device or its processing changed: calls in progress take a new track. */
  subscribe(listener: () => void): () => void;
}

/** The microphone was refused or is missing: the call cannot start, and the agent is told why. */
export function isMicrophoneError(error: unknown): boolean {
  return error instanceof DOMException && (error.name === 'NotAllowedError' || error.name === 'NotFoundError');
}
