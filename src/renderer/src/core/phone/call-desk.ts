import type { CallEndReason } from '@shared/domain/call-ending';
import { InboundLine } from './inbound-line';
import type { PhoneLine } from './phone-line';
import type { CallState, LiveCall, RemoteParty } from './phone-state';

/**
 * The calls on the phone and which one is in focus (the controls act on
 * it); the others are in the background: a call waiting, a customer held
 * during a consultation. Once the focused call is over, its ending is shown
 * in its place until the next call.
 */
export class CallDesk {
  private all: PhoneLine[] = [];
  private current: PhoneLine | null = null;
  private lastEnded: CallState = { status: 'idle' };

  get lines(): readonly PhoneLine[] {
    return this.all;
  }

  get focused(): PhoneLine | null {
    return this.current;
  }

  add(line: PhoneLine): void {
    this.all.push(line);
  }

  focus(line: PhoneLine): void {
    this.current = line;
  }

  /** A call is over: if it was in focus, what was in the background comes forward (a waiting call rings, a held one stays held). */
  remove(line: PhoneLine, successor: PhoneLine | null = null): void {
    this.all = this.all.filter((candidate) => candidate !== line);
    if (this.current !== line) return;
    this.lastEnded = line.endedView();
    this.current = successor ?? this.all[0] ?? null;
  }

  /** A call that could not even start (not registered, an address that cannot be dialled). */
  showFailure(remote: RemoteParty, startedAt: number, reason: CallEndReason): void {
    const ending = { reason, code: null };
    this.lastEnded = { status: 'ended', id: `failed-${startedAt}`, sipCallId: '', direction: 'outbound', remote, startedAt, answeredAt: null, endedAt: startedAt, ending };
  }

  ringing(): InboundLine | undefined {
    return this.all.find((line): line is InboundLine => line instanceof InboundLine && line.ringing);
  }

  /** The other call that is up, when there are exactly two: the one to swap to, join or hand over. */
  otherEstablished(): PhoneLine | undefined {
    return this.all.length === 2 ? this.all.find((line) => line !== this.current && line.established) : undefined;
  }

  view(): { call: CallState; background: LiveCall[] } {
    const focused = this.current;
    return { call: focused ? focused.view() : this.lastEnded, background: this.all.filter((line) => line !== focused).map((line) => line.view()) };
  }
}
