import type { SessionDescriptionHandlerFactory } from 'sip.js';
import { defaultSessionDescriptionHandlerFactory } from 'sip.js/lib/platform/web';

/** Between calls the microphone stays open this long, then closes (and the OS "microphone in use" light goes off). */
const warmMicrophoneMs = 60_000;

/**
 * Opens the microphone once and hands each call a clone of its track: a
 * clone starts at once, while getUserMedia re-opens the device every time.
 * Re-opened when the device goes away (unplugged headset), the wanted
 * constraints change, or it was closed after a quiet minute; a call keeps
 * its own clone whatever happens to the source.
 */
function warmMicrophone(): (constraints: MediaStreamConstraints) => Promise<MediaStream> {
  let source: { key: string; stream: Promise<MediaStream> } | null = null;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  const close = () => {
    void source?.stream.then((stream) => stream.getTracks().forEach((track) => track.stop())).catch(() => undefined);
    source = null;
  };
  navigator.mediaDevices?.addEventListener('devicechange', close);
  return async (constraints) => {
    clearTimeout(closeTimer);
    closeTimer = setTimeout(close, warmMicrophoneMs);
    const key = JSON.stringify(constraints);
    if (!source || source.key !== key) source = { key, stream: navigator.mediaDevices.getUserMedia(constraints) };
    const stream = await source.stream.catch((error: unknown) => {
      source = null;
      throw error;
    });
    const live = stream.getAudioTracks().filter((track) => track.readyState === 'live');
    if (live.length === 0) {
      source = null;
      return navigator.mediaDevices.getUserMedia(constraints);
    }
    return new MediaStream(live.map((track) => track.clone()));
  };
}

/**
 * Session description handlers whose calls take a clone of a warm microphone
 * track. (Ending ICE gathering early, after the first host candidate, was
 * tried and removed: in a 300-call soak a call now and then offered no
 * reachable candidate and never connected.)
 */
export function warmMicrophoneSessionDescriptionHandlerFactory(): SessionDescriptionHandlerFactory {
  return defaultSessionDescriptionHandlerFactory(warmMicrophone());
}
