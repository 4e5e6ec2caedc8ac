import type { Inviter, Session, UserAgent } from 'sip.js';
import { defaultPeerConnectionConfiguration, type SessionDescriptionHandlerFactoryOptions } from 'sip.js/lib/platform/web';
import { PreparedOfferHandler } from './prepared-offer-handler';
import { PreparedOfferKeeper } from './prepared-offer-keeper';
import { endGatheringOnceHostCandidatesSettle } from './quick-ice-gathering';
import { networkInformation } from './registration';

/**
 * How long a prepared offer waits for its call before it is made again. Its
 * host candidates are the addresses the machine had when it was made, and an
 * address can change without the page being told (a DHCP lease renewed to
 * another address, an IPv6 temporary address rotated, a VPN client
 * reconnecting, the machine woken from sleep). Making it again costs one
 * idle peer connection's setup, tens of milliseconds, so a few minutes
 * bounds how stale an offer can get at a cost nobody notices.
 */
const preparedOfferMaxWaitMs = 3 * 60_000;

/**
 * Keeps one peer connection prepared for the next outbound call while the
 * phone is registered and free (no call on it), so that the INVITE leaves
 * on the click instead of after making the connection, its offer and its
 * ICE candidates (about 70 ms). Thrown away and made again after it waited
 * a few minutes and when the network changes; closed when the phone is not
 * registered (a new registration makes a new one). Incoming calls, a
 * consultation placed during a call, and calls placed while none is ready
 * go the usual way.
 */
export class PreparedOffers {
  private readonly keeper: PreparedOfferKeeper<UserAgent, PreparedOfferHandler>;
  /** The handler each call placed with a prepared offer is to get from the factory. */
  private readonly promised = new WeakMap<Session, PreparedOfferHandler>();
  private listening = false;

  constructor(openMicrophone: () => Promise<MediaStream>) {
    this.keeper = new PreparedOfferKeeper({
      prepare: (userAgent) => prepareOffer(userAgent, openMicrophone),
      close: (handler) => handler.close(),
      maxWaitMs: preparedOfferMaxWaitMs,
    });
  }

  /** What the phone is now: its user agent while registered (else null), and whether a call is on it. */
  update(registered: UserAgent | null, callOnPhone: boolean): void {
    // With STUN or TURN, candidates come later and are needed: such calls keep gathering on click.
    const source = registered && peerConnectionConfigurationOf(registered).iceServers?.length === 0 ? registered : null;
    this.listen(source !== null);
    this.keeper.update(source, callOnPhone);
  }

  /** Gives the prepared offer, when one is ready, to the call about to be placed by `inviter`; false: none was ready. */
  promiseTo(inviter: Inviter): boolean {
    const handler = this.keeper.take();
    if (handler) this.promised.set(inviter, handler);
    return handler !== null;
  }

  /** For the handler factory: the prepared handler promised to `session`, if any. */
  readonly handlerFor = (session: Session): PreparedOfferHandler | undefined => {
    const handler = this.promised.get(session);
    this.promised.delete(session);
    return handler;
  };

  /** Host candidates gathered on the old network would be offered for the next call. */
  private readonly renew = (): void => this.keeper.renew();

  private listen(on: boolean): void {
    if (on === this.listening) return;
    this.listening = on;
    const change = on ? 'addEventListener' : 'removeEventListener';
    window[change]('online', this.renew);
    networkInformation()?.[change]('change', this.renew);
  }
}

/** What the user agent's own handlers are built with: sip.js's defaults under the phone's options. */
function peerConnectionConfigurationOf(userAgent: UserAgent): RTCConfiguration {
  const options = userAgent.configuration.sessionDescriptionHandlerFactoryOptions as SessionDescriptionHandlerFactoryOptions;
  return { ...defaultPeerConnectionConfiguration(), ...options.peerConnectionConfiguration };
}

async function prepareOffer(userAgent: UserAgent, openMicrophone: () => Promise<MediaStream>): Promise<PreparedOfferHandler> {
  const options = userAgent.configuration.sessionDescriptionHandlerFactoryOptions as SessionDescriptionHandlerFactoryOptions;
  const configuration = { iceGatheringTimeout: options.iceGatheringTimeout, peerConnectionConfiguration: peerConnectionConfigurationOf(userAgent) };
  const handler = new PreparedOfferHandler(userAgent.getLogger('sip.SessionDescriptionHandler'), () => openMicrophone(), configuration);
  endGatheringOnceHostCandidatesSettle(handler);
  try {
    await handler.prepare();
  } catch (error) {
    handler.close();
    throw error;
  }
  return handler;
}
