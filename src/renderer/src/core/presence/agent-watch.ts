import type { AgentPresence } from './agent-presence';
import { parseDialogInfo, type WatchedDialog } from './dialog-info';
import { parsePidf } from './pidf';
import type { WatchProblem } from './watch-problem';
import type { XmlParser } from './xml-parser';

/** A watched agent's call: ringing (early) or connected, since when this console first saw it so. */
export interface WatchedCall {
  id: string;
  stage: 'ringing' | 'connected';
  direction: WatchedDialog['direction'];
  remoteUser: string | null;
  remoteName: string | null;
  since: number;
}

export type PresenceKnowledge =
  | { status: 'waiting' }
  | { status: 'known'; presence: AgentPresence }
  | { status: 'unknown'; problem: WatchProblem };

/** What a supervisor's console knows of one agent, from its two subscriptions. */
export interface AgentWatch {
  presence: PresenceKnowledge;
  call: WatchedCall | null;
  /** Why the dialog subscription failed (calls are then not shown), or null. */
  callProblem: WatchProblem | null;
}

export const initialAgentWatch: AgentWatch = { presence: { status: 'waiting' }, call: null, callProblem: null };

/**
 * A presence NOTIFY. An empty body means the agent has no publication (it
 * expired, or was removed): offline — Kamailio 5.6 sends such a NOTIFY on
 * expiry and on removal, with the subscription still active. A body
 * that is not PIDF leaves what was known.
 */
export function withPresenceNotify(watch: AgentWatch, body: string, receivedAt: number, parser: XmlParser): AgentWatch {
  const wasOffline = watch.presence.status === 'known' && watch.presence.presence.state === 'offline';
  if (body.trim() === '') {
    if (wasOffline) return watch;
    return { ...watch, presence: { status: 'known', presence: { state: 'offline', since: receivedAt, reason: null } } };
  }
  const presence = parsePidf(parser, body, receivedAt);
  if (presence === null) {
    console.warn('A presence NOTIFY carried a document that is not PIDF; the agent keeps the state known before.');
    return watch;
  }
  // A server-generated "closed" document carries no time (its since is when it arrived): the agent has been offline since it was first seen so.
  if (presence.state === 'offline' && wasOffline && presence.since === receivedAt) return watch;
  return { ...watch, presence: { status: 'known', presence } };
}

function callOf(dialogs: readonly WatchedDialog[], previous: WatchedCall | null, receivedAt: number, watcherUser: string | null): WatchedCall | null {
  const live = dialogs.filter((dialog) => dialog.state !== 'terminated' && (watcherUser === null || dialog.remoteUser !== watcherUser));
  const current = live.find((dialog) => dialog.state === 'confirmed') ?? live[0];
  if (!current) return null;
  const stage = current.state === 'confirmed' ? 'connected' : 'ringing';
  const since = previous && previous.id === current.id && previous.stage === stage ? previous.since : receivedAt;
  return { id: current.id, stage, direction: current.direction, remoteUser: current.remoteUser, remoteName: current.remoteName, since };
}

/**
 * A dialog NOTIFY (RFC 4235): the agent's current call, or none. An empty
 * body means no dialogs. A dialog with the watching supervisor themselves
 * (`watcherUser`) is their own monitoring call, not the agent's call: left out
 * even where the presence server tracks it.
 */
export function withDialogNotify(watch: AgentWatch, body: string, receivedAt: number, parser: XmlParser, watcherUser: string | null = null): AgentWatch {
  const dialogs = body.trim() === '' ? [] : parseDialogInfo(parser, body);
  if (dialogs === null) {
    console.warn('A dialog NOTIFY carried a document that is not dialog-info; the call known before stays.');
    return watch;
  }
  return { ...watch, call: callOf(dialogs, watch.call, receivedAt, watcherUser), callProblem: null };
}

export function withPresenceProblem(watch: AgentWatch, problem: WatchProblem): AgentWatch {
  return { ...watch, presence: { status: 'unknown', problem } };
}

export function withDialogProblem(watch: AgentWatch, problem: WatchProblem): AgentWatch {
  return { ...watch, call: null, callProblem: problem };
}
