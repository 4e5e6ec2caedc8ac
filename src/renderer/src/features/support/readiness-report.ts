import type { ReadinessReport } from '@shared/support/support-bundle';
import type { RegistrationState } from '../../core/phone/phone-state';
import type { ServerProbe } from '../../core/phone/server-probe';

export interface ReadinessSeen {
  heardSpeech: boolean;
  /** null: the agent has not said yet whether the test sound was heard. */
  speakerHeard: boolean | null;
  registration: RegistrationState;
  probe: ServerProbe | null;
}

/** The readiness check as the support bundle shows it: outcomes and codes, never a device name. */
export function readinessReport(seen: ReadinessSeen, ranAt: number): ReadinessReport {
  const { registration, probe } = seen;
  return {
    ranAt,
    checks: [
      { name: 'microphone', outcome: seen.heardSpeech ? 'ok' : 'skipped', detail: seen.heardSpeech ? 'speech heard' : 'no speech heard yet' },
      { name: 'speaker', outcome: seen.speakerHeard === null ? 'skipped' : seen.speakerHeard ? 'ok' : 'failed' },
      {
        name: 'registration',
        outcome: registration.status === 'registered' ? 'ok' : registration.status === 'failed' ? 'failed' : 'warning',
        detail: registration.status === 'failed' ? `${registration.reason}${registration.code ? ` (${registration.code})` : ''}` : registration.status,
      },
      {
        name: 'server',
        outcome: !probe ? 'skipped' : probe.ok ? 'ok' : 'failed',
        detail: !probe ? 'not probed' : probe.ok ? `${Math.round(probe.roundTripMs)} ms` : probe.reason,
      },
    ],
  };
}

let last: ReadinessReport | null = null;

/** Kept for the page's life: the support bundle sends the latest one. */
export function rememberReadiness(report: ReadinessReport): void {
  last = report;
}

export function lastReadiness(): ReadinessReport | null {
  return last;
}
