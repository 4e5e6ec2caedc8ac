import { Conference } from './conference';
import type { Microphone } from './microphone';
import type { PhoneLine } from './phone-line';

/**
 * The conference on this phone, if one is running: it starts from the call
 * in focus and the held one, and is over as soon as either party leaves —
 * the one who stays is the agent's call again.
 */
export class PhoneConference {
  private conference: Conference | null = null;

  constructor(
    private readonly microphone: Microphone,
    private readonly changed: () => void,
  ) {}

  get running(): Conference | null {
    return this.conference;
  }

  /**
   * Takes the held call off hold and mixes the two; false when the held call
   * would not come off hold (nothing changed). `beforeMixing` clears what the
   * mix would take from under it.
   */
  async start(focused: PhoneLine, held: PhoneLine, beforeMixing: () => Promise<void>): Promise<boolean> {
    if (!(await held.setHold(false))) return false;
    await beforeMixing();
    this.conference = await Conference.join([focused, held], this.microphone, focused.isMuted);
    this.changed();
    return true;
  }

  /** A call ended: if it was a party, the conference is over; returns the party who stays (null: none, or not a party). */
  partyLeft(line: PhoneLine): PhoneLine | null {
    const conference = this.conference;
    if (!conference?.includes(line)) return null;
    this.conference = null;
    void conference.close(this.microphone).then(this.changed);
    return conference.lines.find((other) => !other.ended && other !== line) ?? null;
  }
}
