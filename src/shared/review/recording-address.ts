import { addressProblem } from '../domain/endpoint-address';

/**
 * Checks IT's recording link: it must name the call (`{callId}`), and with
 * the placeholders filled be an https:// address (plain http:// only to this
 * computer, for a recorder on the same machine and for tests).
 */
export function recordingTemplateProblem(template: string): 'no-call-placeholder' | 'not-an-address' | null {
  if (!template.includes('{callId}')) return 'no-call-placeholder';
  const sample = fillRecordingTemplate(template, { callId: 'call', agentId: 'agent', startedAt: 0 });
  return addressProblem(sample, { secure: 'https', plain: 'http', plainOnlyToLoopback: true }) === null ? null : 'not-an-address';
}

/**
 * The address of a call's recording: `{callId}` is the call's SIP Call-ID,
 * `{agentId}` the agent's name as the call stores it, `{date}` the day the
 * call started (YYYY-MM-DD, UTC: recorders file by UTC day); each is
 * URL-encoded, so a Call-ID with `@` or `/` cannot change the path.
 */
export function fillRecordingTemplate(template: string, call: { callId: string; agentId: string; startedAt: number }): string {
  const date = new Date(call.startedAt).toISOString().slice(0, 10);
  return template
    .replaceAll('{callId}', encodeURIComponent(call.callId))
    .replaceAll('{agentId}', encodeURIComponent(call.agentId))
    .replaceAll('{date}', date);
}
