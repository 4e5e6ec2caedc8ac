import { policyValue, type EffectivePolicy } from '@shared/policy/effective-policy';
import { fillRecordingTemplate } from '@shared/review/recording-address';

/** IT's recording link (policy `recording.urlTemplate`); null when the site has no recordings. */
export function recordingTemplateOf(policy: EffectivePolicy): string | null {
  const value = policyValue(policy, 'recording.urlTemplate');
  return typeof value === 'string' && value !== '' ? value : null;
}

/** An address on the recording server, for the page's Content-Security-Policy (only its origin is used); empty without one. */
export function recordingServerAddress(policy: EffectivePolicy): string {
  const template = recordingTemplateOf(policy);
  return template === null ? '' : fillRecordingTemplate(template, { callId: 'call', agentId: 'agent', startedAt: 0 });
}
