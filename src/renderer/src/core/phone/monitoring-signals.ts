import { z } from 'zod';
import { supervisionModes, type SupervisionMode } from '@shared/domain/supervision';

/**
 * Why a monitoring call is over (or never started), as the supervisor is
 * told it. The agent's console names its reason in the BYE or the refusal
 * (a Reason header, RFC 3326), so the supervisor's console does not guess.
 */
export const monitoringEndReasons = [
  /** The supervisor stopped. */
  'stopped',
  'customer-call-ended',
  'transferred',
  /** The agent joined calls into a conference: the mix cannot follow it. */
  'conference-started',
  /** The agent's console closed or restarted its phone. */
  'agent-left',
  /** The agent's console ended it without saying why. */
  'ended-by-agent',
  'agent-not-in-call',
  'already-monitored',
  /** The agent's console refused the grant (the detail says why: expired, forged…). */
  'grant-refused',
  'mode-above-grant',
  'no-answer',
  'not-found',
  'not-registered',
  'media-failed',
  'failed',
] as const;
export type MonitoringEndReason = (typeof monitoringEndReasons)[number];

export interface MonitoringEnding {
  reason: MonitoringEndReason;
  /** The grant refusal's own reason, or the SIP code of a refusal without one. */
  detail: string | null;
}

/** The reasons one console says to the other (the rest are decided where they happen). */
const announcedReasons: ReadonlySet<string> = new Set<MonitoringEndReason>([
  'customer-call-ended',
  'transferred',
  'conference-started',
  'agent-left',
  'agent-not-in-call',
  'already-monitored',
  'grant-refused',
  'mode-above-grant',
]);

/** The Reason header (RFC 3326, protocol token `Parley`) the agent's console puts on its BYE or refusal. */
export function reasonHeader(ending: MonitoringEnding): string {
  const detail = ending.detail && /^[A-Za-z0-9._-]{1,64}$/.test(ending.detail) ? `;detail=${ending.detail}` : '';
  return `Reason: Parley;text="${ending.reason}"${detail}`;
}

/** Reads our Reason header back; anything else (another protocol, a reason we do not know) is null. */
export function endingFromReason(header: string | undefined): MonitoringEnding | null {
  const match = /^\s*Parley\s*;\s*text="([a-z-]+)"(?:\s*;\s*detail=([A-Za-z0-9._-]{1,64}))?\s*$/i.exec(header ?? '');
  const reason = match?.[1];
  if (!reason || !announcedReasons.has(reason)) return null;
  return { reason: reason as MonitoringEndReason, detail: match[2] ?? null };
}

/** A refused monitoring INVITE without our Reason: what its SIP code means to the supervisor. */
export function endingForCode(code: number): MonitoringEnding {
  if (code === 404 || code === 604) return { reason: 'not-found', detail: null };
  if (code === 408 || code === 480 || code === 487) return { reason: 'no-answer', detail: String(code) };
  if (code === 486 || code === 600) return { reason: 'already-monitored', detail: null };
  if (code === 403) return { reason: 'grant-refused', detail: null };
  if (code === 488 || code === 606) return { reason: 'media-failed', detail: String(code) };
  return { reason: 'failed', detail: String(code) };
}

/** The in-dialog INFO that switches the mode: no re-INVITE, the media stays as it is. */
export const modeChangeContentType = 'application/vnd.parley.supervision-mode+json';

export function modeChangeBody(mode: SupervisionMode): string {
  return JSON.stringify({ mode });
}

const modeChangeSchema = z.object({ mode: z.enum(supervisionModes) }).strict();

/** The mode an INFO asks for; null when its body is not one. */
export function readModeChange(contentType: string | undefined, body: string): SupervisionMode | null {
  if (contentType?.split(';')[0]?.trim().toLowerCase() !== modeChangeContentType) return null;
  try {
    const parsed = modeChangeSchema.safeParse(JSON.parse(body));
    return parsed.success ? parsed.data.mode : null;
  } catch {
    // Not JSON at all: the same answer as JSON of the wrong shape.
    return null;
  }
}

/** How loud the supervisor is in each direction of the agent's mix (the agent and the customer are always heard by the supervisor). */
export interface SupervisorGains {
  toCustomer: number;
  toAgent: number;
}

/** The customer hears the supervisor only in Barge and never while held; the agent hears them in Whisper and Barge. */
export function supervisorGains(mode: SupervisionMode, customerHeld: boolean): SupervisorGains {
  return { toCustomer: mode === 'barge' && !customerHeld ? 1 : 0, toAgent: mode === 'listen' ? 0 : 1 };
}
