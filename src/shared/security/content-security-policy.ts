/**
 * The renderer's Content-Security-Policy, the same in both shells: code and
 * styles only from the app itself, no plugins, no framing, no remote content.
 * `connect-src` allows the app itself (the browser shell's contract socket)
 * and WebSockets anywhere: the SIP server is whatever IT configures, and
 * SIP over WebSocket is the only way the phone reaches it. No plain http(s)
 * fetches leave the page.
 */
export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "media-src 'self' blob: mediastream:",
  "connect-src 'self' ws: wss:",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');

/** As an HTTP header the policy can also forbid framing, which a <meta> policy cannot express. */
export const contentSecurityPolicyHeader = `${contentSecurityPolicy}; frame-ancestors 'none'`;
