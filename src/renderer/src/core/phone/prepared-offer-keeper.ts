/**
 * When to prepare the next outbound call's offer, when to throw it away and
 * make it again: the lifecycle alone, with what is prepared (a peer
 * connection) and what it is prepared from (the registered user agent) left
 * to the caller, so that it is tested with plain values and fake timers.
 *
 * One item at most is kept ready. It is made while there is a source (the
 * phone is registered) and no call is on the phone: preparing makes a peer
 * connection and gathers its candidates, which would compete with a call's
 * own ICE and DTLS (still under way after its 200 OK) and its audio. It is
 * closed when the source goes or changes, made again when it has waited
 * `maxWaitMs` or when `renew` is called (the network changed), and made
 * anew after `take`.
 */
export interface PreparedOfferKeeperOptions<Source, Item> {
  prepare(source: Source): Promise<Item>;
  close(item: Item): void;
  /** How long a ready item may wait for its call, and how long after a failed preparation the next is tried. */
  maxWaitMs: number;
}

type Slot<Item> = { kind: 'empty' } | { kind: 'preparing' } | { kind: 'ready'; item: Item } | { kind: 'failed' };

export class PreparedOfferKeeper<Source, Item> {
  private source: Source | null = null;
  private callOnPhone = false;
  private slot: Slot<Item> = { kind: 'empty' };
  /** Bumped whenever what is in the slot is thrown away: a preparation still under way for an older one is closed when it ends. */
  private generation = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly options: PreparedOfferKeeperOptions<Source, Item>) {}

  /** Whether an item is ready for the next call (for tests and the log). */
  get ready(): boolean {
    return this.slot.kind === 'ready';
  }

  /** What the phone is now: the source to prepare from (null: not registered, nothing is kept), and whether a call is on it. */
  update(source: Source | null, callOnPhone: boolean): void {
    if (source !== this.source) {
      this.discard();
      this.source = source;
    }
    this.callOnPhone = callOnPhone;
    this.refill();
  }

  /** The ready item, now the caller's to use and close; null when none is ready (the call goes the slow way). */
  take(): Item | null {
    if (this.slot.kind !== 'ready') return null;
    const { item } = this.slot;
    this.empty();
    return item;
  }

  /** What is kept may no longer fit (the network changed): made again. */
  renew(): void {
    this.discard();
    this.refill();
  }

  private refill(): void {
    const source = this.source;
    if (source === null || this.callOnPhone || this.slot.kind !== 'empty') return;
    const generation = ++this.generation;
    this.slot = { kind: 'preparing' };
    this.options.prepare(source).then(
      (item) => {
        if (generation !== this.generation) return this.options.close(item);
        this.slot = { kind: 'ready', item };
        this.timer = setTimeout(() => this.renew(), this.options.maxWaitMs);
      },
      (error: unknown) => {
        if (generation !== this.generation) return console.info('A preparation already thrown away failed; nothing was kept from it.', error);
        // The next call goes the way calls went before preparation; trying again at once could fail in a loop.
        console.warn(`Could not prepare the next outbound call's offer; calls are set up on click until it is tried again in ${this.options.maxWaitMs / 1000} s.`, error);
        this.slot = { kind: 'failed' };
        this.timer = setTimeout(() => {
          this.empty();
          this.refill();
        }, this.options.maxWaitMs);
      },
    );
  }

  /** Closes what is ready; a preparation under way is closed when it ends. */
  private discard(): void {
    if (this.slot.kind === 'ready') this.options.close(this.slot.item);
    this.empty();
  }

  private empty(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.generation += 1;
    this.slot = { kind: 'empty' };
  }
}
