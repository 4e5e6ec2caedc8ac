/**
 * The renderer's Content-Security-Policy, the same in both shells: code and
 * styles only from the app itself, no plugins, no framing, no remote content.
 * `connect-src 'self'` covers the browser shell's same-origin WebSocket.
 */
export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "media-src 'self' blob: mediastream:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');
