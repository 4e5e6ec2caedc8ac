/**
 * One call as an explicit state machine: its states, the events that move
 * it, and every way it can end, as a pure function. sip.js never appears
 * here; an adapter (session-events.ts) turns its callbacks into these events
 * in the order they mean, and the UI only renders the result. So every state
 * and every ending is testable in plain unit tests.
 *
 *   outbound: dialing → ringing-out → connected → ending → ended(reason)
 *   inbound:  ringing-in → answering → connected → ending → ended(reason)
 *
 * A call can end from any state; `ending` is the wait for our own BYE,
 * CANCEL or decline to be confirmed, so that a hang-up nobody answered is
 * told as such.
 */
import { endingForFinalResponse, type CallEnding, type CallEndReason } from '@shared/domain/call-ending';

export type CallPhase = 'dialing' | 'ringing-out' | 'ringing-in' | 'answering' | 'connected' | 'ending' | 'ended';

/** `holding`/`resuming` while our re-INVITE is out: "on hold" is shown only once the far end agreed. */
export type HoldState = 'off' | 'holding' | 'on' | 'resuming';

/**
 * A blind or attended transfer in flight; `completed` once the far end
 * reported the new call answered (our leg is then hung up as transferred);
 * or how it failed — the customer is then still with the agent.
 */
export type TransferState =
  | { stage: 'asking' }
  | { stage: 'ringing'; notified: boolean }
  | { stage: 'completed' }
  | { stage: 'failed'; reason: CallEndReason; code: number | null };

export interface CallModel {
  direction: 'inbound' | 'outbound';
  phase: CallPhase;
  answeredAt: number | null;
  /** Why the call is ending or ended; null while it is not. */
  ending: CallEnding | null;
  /** The final response to our INVITE: it explains the termination that follows it. */
  finalCode: number | null;
  hold: HoldState;
  /** The other side put us on hold (their re-INVITE said sendonly/inactive). */
  remoteHold: boolean;
  /** Set while the signalling transport is down: the call is kept until then, or ended as connection-lost. */
  reconnectingUntil: number | null;
  transfer: TransferState | null;
  /** Signalling said connected, yet nothing has ever arrived: if it ends like that, the media failed. */
  neverHeard: boolean;
}

export type StartProblem = 'no-microphone' | 'malformed-sdp' | 'no-common-codec' | 'media-failed' | 'failed';

export type CallEvent =
  /** A provisional response to our INVITE (180 Ringing, 183 Session Progress…). */
  | { type: 'progress'; code: number }
  | { type: 'answer-requested' }
  /** The call is up: 2xx and ACK. */
  | { type: 'established'; at: number }
  /** A final non-2xx response to our INVITE. */
  | { type: 'final-response'; code: number }
  /** We answered the INVITE with an error before it rang: busy, redirected, or an offer we cannot take. */
  | { type: 'refused'; reason: Extract<CallEndReason, 'turned-away' | 'forwarded' | 'no-common-codec' | 'malformed-sdp' | 'failed'>; code: number }
  /** The call could not be started or answered on our side. */
  | { type: 'start-failed'; problem: StartProblem }
  /** The agent ended it, whatever its stage (for a completed transfer, as `transferred`). */
  | { type: 'hangup-requested'; transferred?: boolean }
  /** The transport is down: the BYE waits for it, and the agent is free now. */
  | { type: 'hangup-deferred' }
  | { type: 'bye-answered'; code: number }
  | { type: 'ending-timed-out' }
  | { type: 'remote-bye' }
  | { type: 'remote-cancel' }
  /** sip.js says the session is over (always after whatever explained it). */
  | { type: 'terminated' }
  | { type: 'transport-lost'; until: number }
  | { type: 'recovered' }
  | { type: 'grace-expired' }
  | { type: 'hold-requested'; hold: boolean }
  | { type: 'hold-settled'; accepted: boolean }
  | { type: 'remote-hold'; on: boolean }
  | { type: 'audio-heard' }
  | { type: 'nothing-heard' }
  | { type: 'transfer-requested' }
  /** The REFER was refused (or failed) with this code. */
  | { type: 'transfer-refused'; code: number }
  | { type: 'transfer-accepted' }
  /** A NOTIFY's sipfrag status line: how the transferred call is doing. */
  | { type: 'transfer-notified'; code: number }
  | { type: 'transfer-timed-out' };

export function startCall(direction: 'inbound' | 'outbound'): CallModel {
  return {
    direction,
    phase: direction === 'inbound' ? 'ringing-in' : 'dialing',
    answeredAt: null,
    ending: null,
    finalCode: null,
    hold: 'off',
    remoteHold: false,
    reconnectingUntil: null,
    transfer: null,
    neverHeard: false,
  };
}

const beforeAnswer: readonly CallPhase[] = ['dialing', 'ringing-out', 'ringing-in', 'answering'];
const hangUps: readonly CallEndReason[] = ['local-hangup', 'remote-hangup', 'hangup-unconfirmed'];

export function isLive(model: CallModel): boolean {
  return model.phase !== 'ended';
}

/** Ended, with the reason made exact: a call that was "connected" but never heard anything failed in its media. */
function ended(model: CallModel, ending: CallEnding): CallModel {
  const exact = model.neverHeard && model.answeredAt !== null && hangUps.includes(ending.reason) ? { ...ending, reason: 'media-failed' as const } : ending;
  return { ...model, phase: 'ended', ending: exact, reconnectingUntil: null };
}

function ending(model: CallModel, end: CallEnding): CallModel {
  return { ...model, phase: 'ending', ending: end };
}

/** What the agent asked to end: cancel before they answer, decline while it rings, BYE once up. */
function hangUp(model: CallModel, transferred: boolean): CallModel {
  switch (model.phase) {
    case 'dialing':
    case 'ringing-out':
      return ending(model, { reason: 'cancelled', code: null });
    case 'ringing-in':
      return ending(model, { reason: 'declined', code: 486 });
    case 'answering':
    case 'connected':
      return ending(model, { reason: transferred ? 'transferred' : 'local-hangup', code: null });
    default:
      return model;
  }
}

/** sip.js ended the session: what it means depends on what came before it. */
function terminate(model: CallModel): CallModel {
  switch (model.phase) {
    case 'dialing':
    case 'ringing-out':
      return ended(model, model.finalCode === null ? { reason: 'failed', code: null } : endingForFinalResponse(model.finalCode));
    case 'ringing-in':
    case 'answering':
      return ended(model, { reason: 'failed', code: null });
    case 'connected':
      // Over without a BYE either way (sip.js gave up waiting for an ACK, say): the far end never really joined.
      return ended(model, { reason: 'media-failed', code: null });
    case 'ending':
      // Our BYE has been sent; its answer decides whether the hang-up is confirmed.
      if (model.ending?.reason === 'local-hangup' || model.ending?.reason === 'transferred') return model;
      return ended(model, model.ending ?? { reason: 'failed', code: null });
    default:
      return model;
  }
}

function transferInFlight(model: CallModel): boolean {
  return model.transfer?.stage === 'asking' || model.transfer?.stage === 'ringing';
}

function transferNotified(model: CallModel, code: number): CallModel {
  if (!transferInFlight(model)) return model;
  if (code < 200) return { ...model, transfer: { stage: 'ringing', notified: true } };
  if (code < 300) return { ...model, transfer: { stage: 'completed' } };
  return { ...model, transfer: { stage: 'failed', ...endingForFinalResponse(code) } };
}

function transferTimedOut(model: CallModel): CallModel {
  const transfer = model.transfer;
  if (!transferInFlight(model)) return model;
  // The far end took the REFER and never said how it went: it has the call now. A transfer that only rang did not happen.
  if (transfer?.stage === 'ringing' && !transfer.notified) return { ...model, transfer: { stage: 'completed' } };
  return { ...model, transfer: { stage: 'failed', reason: 'no-answer', code: null } };
}

function onHoldEvent(model: CallModel, event: Extract<CallEvent, { type: 'hold-requested' | 'hold-settled' | 'remote-hold' }>): CallModel {
  if (model.phase !== 'connected') return model;
  if (event.type === 'remote-hold') return { ...model, remoteHold: event.on };
  if (event.type === 'hold-requested') {
    if (model.hold === 'off' && event.hold) return { ...model, hold: 'holding' };
    if (model.hold === 'on' && !event.hold) return { ...model, hold: 'resuming' };
    return model;
  }
  if (model.hold === 'holding') return { ...model, hold: event.accepted ? 'on' : 'off' };
  if (model.hold === 'resuming') return { ...model, hold: event.accepted ? 'off' : 'on' };
  return model;
}

function onTransferEvent(model: CallModel, event: Extract<CallEvent, { type: `transfer-${string}` }>): CallModel {
  switch (event.type) {
    case 'transfer-requested':
      return model.phase === 'connected' && !transferInFlight(model) ? { ...model, transfer: { stage: 'asking' } } : model;
    case 'transfer-refused':
      return model.transfer?.stage === 'asking' ? { ...model, transfer: { stage: 'failed', ...endingForFinalResponse(event.code) } } : model;
    case 'transfer-accepted':
      return model.transfer?.stage === 'asking' ? { ...model, transfer: { stage: 'ringing', notified: false } } : model;
    case 'transfer-notified':
      return transferNotified(model, event.code);
    case 'transfer-timed-out':
      return transferTimedOut(model);
  }
}

/** The one place a call changes. Events that do not apply to the current state leave it as it is. */
export function callTransition(model: CallModel, event: CallEvent): CallModel {
  if (model.phase === 'ended') return model;
  switch (event.type) {
    case 'progress':
      return model.phase === 'dialing' && (event.code === 180 || event.code === 183) ? { ...model, phase: 'ringing-out' } : model;
    case 'answer-requested':
      return model.phase === 'ringing-in' ? { ...model, phase: 'answering' } : model;
    case 'established':
      return beforeAnswer.includes(model.phase) ? { ...model, phase: 'connected', answeredAt: event.at } : model;
    case 'final-response':
      return beforeAnswer.includes(model.phase) || model.phase === 'ending' ? { ...model, finalCode: event.code } : model;
    case 'refused':
      return model.phase === 'ringing-in' ? ended(model, { reason: event.reason, code: event.code }) : model;
    case 'start-failed':
      return model.phase === 'connected' && event.problem !== 'media-failed' ? model : ended(model, { reason: event.problem, code: null });
    case 'hangup-requested':
      return hangUp(model, event.transferred === true);
    case 'hangup-deferred':
      if (model.phase !== 'ending') return model;
      return ended(model, model.ending?.reason === 'local-hangup' ? { reason: 'hangup-unconfirmed', code: null } : (model.ending ?? { reason: 'failed', code: null }));
    case 'bye-answered': {
      if (model.phase !== 'ending') return model;
      const confirmed = event.code >= 200 && event.code < 300;
      if (model.ending?.reason === 'transferred') return ended(model, { reason: 'transferred', code: model.ending.code });
      return ended(model, { reason: confirmed ? 'local-hangup' : 'hangup-unconfirmed', code: event.code });
    }
    case 'ending-timed-out':
      if (model.phase !== 'ending') return model;
      return ended(model, model.ending?.reason === 'local-hangup' ? { reason: 'hangup-unconfirmed', code: null } : (model.ending ?? { reason: 'failed', code: null }));
    case 'remote-bye':
      // Both sides hanging up at once: ours crossed theirs, and theirs is the one answered.
      // After the far end reported our transfer answered, its BYE is the hand-over finishing.
      if (model.phase !== 'connected' && model.phase !== 'ending') return model;
      return ended(model, { reason: model.ending?.reason === 'transferred' || model.transfer?.stage === 'completed' ? 'transferred' : 'remote-hangup', code: null });
    case 'remote-cancel':
      return model.phase === 'ringing-in' || model.phase === 'answering' || model.phase === 'ending' ? ended(model, { reason: 'caller-cancelled', code: 487 }) : model;
    case 'terminated':
      return terminate(model);
    case 'transport-lost':
      return model.phase === 'connected' ? { ...model, reconnectingUntil: model.reconnectingUntil ?? event.until } : model;
    case 'recovered':
      return { ...model, reconnectingUntil: null };
    case 'grace-expired':
      if (model.phase === 'connected' && model.reconnectingUntil === null) return model;
      return ended(model, { reason: 'connection-lost', code: null });
    case 'audio-heard':
      return { ...model, neverHeard: false };
    case 'nothing-heard':
      return model.phase === 'connected' ? { ...model, neverHeard: true } : model;
    case 'hold-requested':
    case 'hold-settled':
    case 'remote-hold':
      return onHoldEvent(model, event);
    default:
      return onTransferEvent(model, event);
  }
}
