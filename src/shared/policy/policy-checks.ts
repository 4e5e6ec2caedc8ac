import { crmSchemes } from '../domain/crm-connection';
import { addressProblem } from '../domain/endpoint-address';
import { monitoringDialStringSchema } from '../domain/monitoring-dial';
import { recordingTemplateProblem } from '../review/recording-address';
import type { PolicyRule } from './policy-rule';

/** The value checks of keys whose text has a shape: each answers the rule broken, or null. */

export function sipServerRule(value: string): PolicyRule | null {
  return addressProblem(value, { secure: 'wss', plain: 'ws', plainOnlyToLoopback: false }) ? { code: 'not_sip_server_address' } : null;
}

export function hostNameRule(value: string): PolicyRule | null {
  return /^[A-Za-z0-9.\-[\]:]+$/.test(value) ? null : { code: 'not_host_name' };
}

/** Same rule as the CRM form: https, or http to this computer only. */
export function httpsAddressRule(value: string): PolicyRule | null {
  return addressProblem(value, crmSchemes) ? { code: 'not_https_address' } : null;
}

/** A recording link is opened by supervisors for a call: https (http only to this computer), and it must say which call. */
export function recordingTemplateRule(value: string): PolicyRule | null {
  return recordingTemplateProblem(value) === null ? null : { code: 'no_call_placeholder' };
}

/** HH:MM-HH:MM in local time; a window may cross midnight (22:00-06:00). */
export function timeWindowRule(value: string): PolicyRule | null {
  return /^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d$/.test(value) ? null : { code: 'not_time_window' };
}

/** POSIX `/…`, Windows `C:\…` or a UNC share `\\server\share\…`: a relative path would depend on the working folder. */
export function absolutePathRule(value: string): PolicyRule | null {
  return /^(\/|[A-Za-z]:[\\/]|\\\\[^\\]+\\)/.test(value) ? null : { code: 'not_absolute_path' };
}

/** Schemes that run code or reach local files whatever IT intended (see shared/scripts/safe-link.ts). */
/** Schemes that run code or reach files: no policy can allow them. */
export const unsafeLinkSchemes: ReadonlySet<string> = new Set(['javascript', 'data', 'file', 'vbscript', 'blob']);

export function linkSchemesRule(items: readonly string[]): PolicyRule | null {
  if (items.some((item) => !/^[a-z][a-z0-9+.-]*$/.test(item))) return { code: 'not_a_scheme' };
  return items.some((item) => unsafeLinkSchemes.has(item)) ? { code: 'unsafe_scheme' } : null;
}

/** A PBX's monitoring dial string: what the settings accept (digits, *, #, a SIP user, {agentExtension}). */
export function dialStringRule(value: string): PolicyRule | null {
  return monitoringDialStringSchema.safeParse(value).success ? null : { code: 'not_dial_string' };
}
