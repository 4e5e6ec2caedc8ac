/** A call's remote audio as a Web Audio source, and what keeps it flowing. */
export interface RemoteAudioSource {
  source: MediaStreamAudioSourceNode;
  /** Lets go of the stream (the call's own tracks are the call's to stop). */
  release(): void;
}

/**
 * Chromium feeds a remote WebRTC stream into Web Audio only while a media
 * element plays it, so the stream is also played, silently, by an element.
 * `who` names the party in the warning when even that is refused.
 */
export function remoteAudioSource(context: AudioContext, remote: MediaStream, who: string): RemoteAudioSource {
  const element = new Audio();
  element.muted = true;
  element.srcObject = remote;
  // Muted playback is never blocked by autoplay rules; if it fails anyway, that party is heard through the call but not mixed.
  element.play().catch((error: unknown) => console.warn(`${who} could not be fed into the mix.`, error));
  return {
    source: context.createMediaStreamSource(remote),
    release: () => {
      element.srcObject = null;
    },
  };
}
