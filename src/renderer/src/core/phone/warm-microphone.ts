import type { Microphone } from './microphone';

/** Between calls the microphone stays open this long, then closes (and the OS "microphone in use" light goes off). */
const warmMicrophoneMs = 60_000;

export interface WarmMicrophone extends Microphone {
  /** Which device and what processing the next track comes with; live calls are told to take a new one. */
  setConstraints(constraints: MediaTrackConstraints): void;
}

/**
 * Opens the microphone once and hands each call a clone of its track: a
 * clone starts at once, while getUserMedia re-opens the device every time.
 * Re-opened when the device goes away (unplugged headset), the wanted
 * constraints change, or it was closed after a quiet minute; a call keeps
 * its own clone whatever happens to the source.
 *
 * When a call's track dies with its device (the headset was pulled out),
 * calls are told to take a new one. A track pinned to an exact device is
 * left to the audio settings instead: they notice the device is gone, fall
 * back to the default and call `setConstraints`, and asking for the gone
 * device again before that would only fail.
 */
export function createWarmMicrophone(initial: MediaTrackConstraints = {}): WarmMicrophone {
  let constraints: MediaStreamConstraints = { audio: initial, video: false };
  let source: Promise<MediaStream> | null = null;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());
  const close = () => {
    // A stream that never opened has nothing to stop; the call that asked for it was told already.
    void source?.then((stream) => stream.getTracks().forEach((track) => track.stop())).catch((error: unknown) => console.info('The kept microphone had not opened; nothing to close.', error));
    source = null;
  };
  const onTrackLost = () => {
    close();
    if (!isPinned(constraints.audio)) notify();
  };
  navigator.mediaDevices?.addEventListener('devicechange', close);
  return {
    async open() {
      clearTimeout(closeTimer);
      closeTimer = setTimeout(close, warmMicrophoneMs);
      source ??= navigator.mediaDevices.getUserMedia(constraints);
      const stream = await source.catch((error: unknown) => {
        source = null;
        throw error;
      });
      const live = stream.getAudioTracks().filter((track) => track.readyState === 'live');
      if (live.length === 0) {
        source = null;
        return navigator.mediaDevices.getUserMedia(constraints);
      }
      const clones = live.map((track) => track.clone());
      // `ended` fires only when the device goes away, never for our own stop().
      clones.forEach((clone) => clone.addEventListener('ended', onTrackLost, { once: true }));
      return new MediaStream(clones);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setConstraints(next) {
      if (JSON.stringify(next) === JSON.stringify(constraints.audio)) return;
      constraints = { audio: next, video: false };
      close();
      notify();
    },
  };
}

function isPinned(audio: MediaStreamConstraints['audio']): boolean {
  return typeof audio === 'object' && audio.deviceId !== undefined;
}
