import type { BodyAndContentType, SessionDescriptionHandlerModifier } from 'sip.js';
import { SessionDescriptionHandler, type SessionDescriptionHandlerOptions } from 'sip.js/lib/platform/web';

/**
 * sip.js's WebRTC session handler with its first offer made before the call:
 * an audio transceiver without a track (the microphone is not held open
 * while the agent waits), its offer set as local description and its ICE
 * candidates gathered. The call that takes it sends that offer at once and
 * attaches the microphone with `replaceTrack` as soon as it opens — no
 * renegotiation: the sender, its SSRC and the m-line were in the offer.
 * From then on it behaves as the default handler (answers, hold re-INVITEs,
 * DTMF, close).
 *
 * Only for calls placed with `audioOnly` and no modifiers (the prepared
 * offer is what the default handler would have offered them).
 */
export class PreparedOfferHandler extends SessionDescriptionHandler {
  /** The offer as it stood when gathering ended (later candidates are not in it, as in any call); null once sent or before it is ready. */
  private preparedOffer: string | null = null;
  /** The microphone being attached to the call that sent the prepared offer; null until then. */
  private microphone: Promise<void> | null = null;

  /** Makes the offer: resolves once it is ready to send (gathering ends as the handler's delegate decides, else at the timeout). */
  async prepare(): Promise<void> {
    const connection = this.peerConnection;
    if (!connection) throw new Error('The peer connection was closed before its offer was prepared.');
    connection.addTransceiver('audio', { direction: 'sendrecv' });
    await this.setLocalSessionDescription(await connection.createOffer());
    await this.waitForIceGatheringComplete(false, this.sessionDescriptionHandlerConfiguration?.iceGatheringTimeout);
    this.preparedOffer = (await this.getLocalSessionDescription()).sdp;
  }

  /** Settles once the call's microphone is attached; rejects with getUserMedia's error when it cannot open. Null unless the prepared offer was sent. */
  get microphoneAttached(): Promise<void> | null {
    return this.microphone;
  }

  override getDescription(options?: SessionDescriptionHandlerOptions, modifiers?: SessionDescriptionHandlerModifier[]): Promise<BodyAndContentType> {
    const offer = this.preparedOffer;
    if (offer === null) return super.getDescription(options, modifiers);
    this.preparedOffer = null;
    this.microphone = this.attachMicrophone(options);
    // Also awaited by the call's line, which fails the call for it; this branch only keeps the rejection from being reported as unhandled before that.
    this.microphone.catch((error: unknown) => console.info('The microphone of a call placed with a prepared offer did not open; its line ends the call.', error));
    return Promise.resolve({ body: offer, contentType: 'application/sdp' });
  }

  /**
   * The answer to the prepared offer is applied at once, so that ICE and
   * DTLS run while the microphone may still be opening; the call is up (ACK,
   * established) only once the microphone is attached, and fails if it
   * cannot be — as a call without a microphone always has.
   */
  override setDescription(sdp: string, options?: SessionDescriptionHandlerOptions, modifiers?: SessionDescriptionHandlerModifier[]): Promise<void> {
    const applied = super.setDescription(sdp, options, modifiers);
    return this.microphone ? Promise.all([applied, this.microphone]).then(() => undefined) : applied;
  }

  /** A call on the prepared offer has its microphone from `attachMicrophone`: the default handler's getUserMedia must not run a second time. */
  protected override getLocalMediaStream(options?: SessionDescriptionHandlerOptions): Promise<void> {
    return this.microphone ? Promise.resolve() : super.getLocalMediaStream(options);
  }

  private async attachMicrophone(options?: SessionDescriptionHandlerOptions): Promise<void> {
    const stream = await this.mediaStreamFactory({ audio: true, video: false, ...options?.constraints }, this, options);
    const track = stream.getAudioTracks()[0];
    const sender = this.peerConnection?.getTransceivers()[0]?.sender;
    const release = () => stream.getTracks().forEach((unused) => unused.stop());
    // The call ended (or was cancelled) while the microphone opened: it must not stay open.
    if (!sender) return release();
    if (!track) {
      release();
      throw new DOMException('The microphone gave no audio track.', 'NotFoundError');
    }
    try {
      await sender.replaceTrack(track);
    } catch (error) {
      release();
      throw error;
    }
    this.localMediaStream.addTrack(track);
  }
}
