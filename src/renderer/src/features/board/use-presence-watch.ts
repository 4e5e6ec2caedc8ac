import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { RosterAgent } from '@shared/domain/roster';
import { initialAgentWatch, withPresenceProblem, type AgentWatch } from '../../core/presence/agent-watch';
import { PresenceWatch } from '../../core/presence/presence-watch';
import { useSoftphone } from '../phone/phone-context';

const noWatches: ReadonlyMap<string, AgentWatch> = new Map();
const noSubscription = () => () => undefined;

/**
 * The agents' presence and calls, watched over this console's phone while
 * the board is open. Until the phone is registered nothing can be asked:
 * every agent is unknown for that reason, not offline.
 */
export function usePresenceWatch(agents: readonly RosterAgent[]): { watches: ReadonlyMap<string, AgentWatch>; connected: boolean } {
  const softphone = useSoftphone();
  const userAgent = useSyncExternalStore(softphone.subscribe, () => softphone.registeredUserAgent);
  // The roster is read again after every sync round: subscriptions are made again only when the watched addresses change.
  const key = agents.map((agent) => `${agent.id}=${agent.sipAddress}`).join('\n');
  const watched = useMemo(() => agents.map(({ id, sipAddress }) => ({ id, sipAddress })), [key]); // eslint-disable-line react-hooks/exhaustive-deps -- keyed by the addresses, not the array's identity
  const watch = useMemo(() => (userAgent ? new PresenceWatch(userAgent, watched, new DOMParser()) : null), [userAgent, watched]);

  useEffect(() => {
    if (!watch) return;
    watch.start();
    return () => watch.stop();
  }, [watch]);

  const watches = useSyncExternalStore(watch?.subscribe ?? noSubscription, watch?.getWatches ?? (() => noWatches));
  const notConnected = useMemo(
    () => new Map(watched.map((agent) => [agent.id, withPresenceProblem(initialAgentWatch, { reason: 'not-connected', code: null })])),
    [watched],
  );
  return userAgent && watch ? { watches, connected: true } : { watches: notConnected, connected: userAgent !== null };
}
