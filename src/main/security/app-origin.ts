import { unsafeLinkSchemes } from '@shared/policy/policy-checks';

/** The Electron renderer is served from this privileged scheme, so the app has a real origin of its own. */
export const appScheme = 'app';
export const appHost = 'parley';
export const appOrigin = `${appScheme}://${appHost}`;
export const appEntryUrl = `${appOrigin}/index.html`;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

function hasCredentials(url: URL): boolean {
  return url.username !== '' || url.password !== '';
}

/**
 * Whether a URL belongs to the app itself: exact scheme and host, no
 * look-alike hosts, no credentials. (Scheme and host rather than `origin`:
 * outside Chromium a custom scheme's origin is opaque.)
 */
export function isAppUrl(url: string): boolean {
  const parsed = parse(url);
  return parsed !== null && parsed.protocol === `${appScheme}:` && parsed.host === appHost && !hasCredentials(parsed);
}

const webProtocols = new Set(['https:', 'http:']);
/** `attach=` and the like have made mail programs send local files; a link may only prefill a message. */
const mailtoFields = new Set(['to', 'cc', 'bcc', 'subject', 'body']);

/** What the console opens unless IT's policy (`links.allowedSchemes`) says otherwise: web and mail. */
export const defaultLinkSchemes: readonly string[] = ['https', 'http', 'mailto'];

/**
 * Links the OS may open in its browser, mail or other program: only the
 * schemes allowed (web and mail unless IT's policy lists others, e.g. a
 * meetings app), never one that runs code or reaches files whatever a policy
 * says; web links with a host and no credentials, mail links that only prefill.
 */
export function isSafeExternalUrl(url: string, allowedSchemes: readonly string[] = defaultLinkSchemes): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  const scheme = parsed.protocol.slice(0, -1);
  if (!allowedSchemes.includes(scheme) || unsafeLinkSchemes.has(scheme)) return false;
  if (scheme === 'mailto') return [...parsed.searchParams.keys()].every((field) => mailtoFields.has(field.toLowerCase()));
  if (webProtocols.has(parsed.protocol)) return parsed.hostname !== '' && !hasCredentials(parsed);
  return !hasCredentials(parsed);
}
