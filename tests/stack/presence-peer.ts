import { UserAgent } from 'sip.js';
import WebSocket from 'ws';
import { EventSubscription } from '../../src/renderer/src/core/presence/event-subscription';
import { PresencePublisher } from '../../src/renderer/src/core/presence/presence-publisher';
import type { WatchProblem } from '../../src/renderer/src/core/presence/watch-problem';
import type { SipUser, TelephonyStack } from './telephony-stack';

// sip.js's transport is the browser's WebSocket; Node 20 has none of its own.
(globalThis as { WebSocket?: unknown }).WebSocket ??= WebSocket;

/**
 * A presence peer in Node over SIP WebSocket, without media: the console's
 * own publisher and subscription classes on a bare sip.js user agent. For
 * simulated agents (the board bench) and for capturing what Kamailio sends.
 */
export interface PresencePeer {
  userAgent: UserAgent;
  /** The console's publisher, on this user agent. */
  publisher: PresencePublisher;
  /** Subscribes to `event` of `user`; every NOTIFY body and problem is handed on. */
  watch(user: string, event: 'presence' | 'dialog', on: { notify(body: string, at: number): void; problem?(problem: WatchProblem): void }): EventSubscription;
  stop(): Promise<void>;
}

export async function startPresencePeer(stack: Pick<TelephonyStack, 'domain' | 'webSocketUrl'>, user: SipUser): Promise<PresencePeer> {
  const uri = UserAgent.makeURI(`sip:${user.username}@${stack.domain}`);
  if (!uri) throw new Error(`Not a SIP user: ${user.username}`);
  const userAgent = new UserAgent({
    uri,
    authorizationUsername: user.username,
    authorizationPassword: user.password,
    transportOptions: { server: stack.webSocketUrl },
    logLevel: 'error',
  });
  await userAgent.start();
  const publisher = new PresencePublisher();
  publisher.setUserAgent(userAgent);
  const subscriptions: EventSubscription[] = [];
  return {
    userAgent,
    publisher,
    watch: (target, event, on) => {
      const accept = event === 'presence' ? 'application/pidf+xml' : 'application/dialog-info+xml';
      const subscription = new EventSubscription(userAgent, `sip:${target}@${stack.domain}`, event, accept, 600, {
        onNotify: on.notify,
        onProblem: on.problem ?? ((problem) => console.warn(`${user.username} watching ${target}/${event}: ${problem.reason} ${problem.code ?? ''}`)),
      });
      subscriptions.push(subscription);
      subscription.start();
      return subscription;
    },
    stop: async () => {
      subscriptions.forEach((subscription) => subscription.stop());
      publisher.withdraw();
      await userAgent.stop();
    },
  };
}
