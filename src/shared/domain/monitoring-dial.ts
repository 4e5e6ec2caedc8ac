import { z } from 'zod';
import type { SupervisionMode } from './supervision';

/** Where the agent's extension goes in a PBX's monitoring feature code: `*222{agentExtension}`. */
export const agentExtensionPlaceholder = '{agentExtension}';

/**
 * A dial string a PBX monitors with (Asterisk ChanSpy feature codes,
 * FreeSWITCH eavesdrop…): digits, `*`, `#`, a SIP user or address, and the
 * placeholder. Empty: the console mixes the call itself.
 */
export const monitoringDialStringSchema = z
  .string()
  .trim()
  .max(200, 'must be at most 200 characters')
  .regex(/^(sip:)?([A-Za-z0-9*#+._~@:-]|\{agentExtension\})*$/, 'must be digits, * and #, a SIP user or address, and {agentExtension}');

/** The setting that holds each mode's dial string. */
export const monitoringDialSettings = {
  listen: 'monitoringDialListen',
  whisper: 'monitoringDialWhisper',
  barge: 'monitoringDialBarge',
} as const satisfies Record<SupervisionMode, string>;

/** The string to dial for `agentSipAddress` (`user@domain`): the placeholder becomes the agent's SIP user. */
export function expandMonitoringDial(template: string, agentSipAddress: string): string {
  const extension = agentSipAddress.split('@')[0] ?? agentSipAddress;
  return template.split(agentExtensionPlaceholder).join(extension);
}
