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

/** Links the OS may open in its browser or mail program: web and mail only, nothing that runs code or files. */
export function isSafeExternalUrl(url: string): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  if (parsed.protocol === 'mailto:') {
    return [...parsed.searchParams.keys()].every((field) => mailtoFields.has(field.toLowerCase()));
  }
  return webProtocols.has(parsed.protocol) && parsed.hostname !== '' && !hasCredentials(parsed);
}
