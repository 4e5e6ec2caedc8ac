import { sendTrack, type Conference } from './conference';
import type { Microphone } from './microphone';
import type { PhoneLine } from './phone-line';
import type { SupervisorInCall } from './supervisor-in-call';

/** What decides the agent's audio at one moment: the calls, the conference, a supervisor in the call, the agent's own monitoring. */
export interface AudioSituation {
  focused: PhoneLine | null;
  lines: readonly PhoneLine[];
  conference: Conference | null;
  supervisorInCall: SupervisorInCall;
  /** What the agent hears of a call they monitor as a supervisor (null: none). */
  monitoringHeard: MediaStream | null;
}

/**
 * The agent's ears and microphone across calls: one <audio> element plays
 * whatever the agent should hear now, and a new microphone reaches every
 * call that sends it.
 */
export class AgentAudio {
  constructor(
    private readonly remoteAudio: HTMLAudioElement,
    private readonly microphone: Microphone,
  ) {}

  /** Plays what the agent should hear now (nothing between calls); the element changes source only when that changes. */
  play(situation: AudioSituation): void {
    const heard = situation.conference?.heard ?? callHeard(situation) ?? situation.monitoringHeard;
    if (this.remoteAudio.srcObject === heard) return;
    this.remoteAudio.srcObject = heard;
    if (heard) this.remoteAudio.play().catch((error: unknown) => console.warn('The call could not be played yet (autoplay); the autoplay gate asks the agent for a click.', error));
  }

  /** The agent chose another microphone (or the headset went away): calls go on with the new one. */
  async takeNewMicrophone(situation: AudioSituation): Promise<void> {
    if (situation.conference) return situation.conference.replaceMicrophone(await this.microphone.open());
    const monitored = situation.supervisorInCall.current;
    if (monitored) monitored.replaceMicrophone(await this.microphone.open());
    // A line in a supervisor's mix sends the mix, which took the new microphone above.
    for (const line of situation.lines.filter((candidate) => candidate.established && candidate.mixedTrack === null)) {
      await sendTrack(line, (await this.microphone.open()).getAudioTracks()[0] ?? null);
    }
  }
}

/** What the agent hears of the focused call: mixed with the supervisor while one is in it. */
function callHeard({ focused, supervisorInCall }: AudioSituation): MediaStream | null {
  if (!focused?.established) return null;
  const monitored = supervisorInCall.current;
  return (monitored?.customer === focused ? monitored.heard : null) ?? focused.remoteStream;
}
