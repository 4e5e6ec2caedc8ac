import { waveformStyleHash } from './waveform-style';

/**
 * The renderer's Content-Security-Policy, the same in both shells: code and
 * styles only from the app itself (and the recording player's one fixed
 * style, by hash), no plugins, no framing; the only remote content is what
 * the page fetches from the servers configured (a recording is fetched, then
 * played from a blob).
 */
function policy(connectSources: readonly string[]): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    `style-src 'self' ${waveformStyleHash}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "media-src 'self' blob: mediastream:",
    `connect-src ${["'self'", ...connectSources].join(' ')}`,
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
  ].join('; ');
}

/**
 * Written into the page at build time, before anyone has configured a
 * server: WebSockets anywhere, and https (http only to this computer) for a
 * recording server. Each shell narrows it with a header built from the
 * settings and policy (a page obeys both policies, so the narrower one holds).
 */
export const contentSecurityPolicy = policy(['ws:', 'wss:', 'https:', 'http://127.0.0.1:*', 'http://localhost:*']);

const connectSchemes = new Set(['ws:', 'wss:', 'http:', 'https:']);

/**
 * The origins the page may connect to besides itself (whose `'self'` covers
 * the browser shell's contract socket): the configured SIP server, the CRM
 * and the recording server.
 * An address that is not a URL of those schemes adds nothing.
 */
export function connectOrigins(addresses: readonly string[]): string[] {
  const origins = new Set<string>();
  for (const address of addresses) {
    if (!URL.canParse(address)) continue;
    const url = new URL(address);
    if (connectSchemes.has(url.protocol)) origins.add(`${url.protocol}//${url.host}`);
  }
  return [...origins];
}

/**
 * The header both shells send with the page, rebuilt from the current
 * settings on every response. As a header the policy can also forbid
 * framing, which a <meta> policy cannot express.
 */
export function contentSecurityPolicyHeader(addresses: readonly string[]): string {
  return `${policy(connectOrigins(addresses))}; frame-ancestors 'none'`;
}
