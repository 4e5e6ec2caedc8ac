/** What is wrong with a server address IT typed; each kind has its own message in the console's languages. */
export const addressProblems = ['scheme', 'credentials', 'insecure'] as const;
export type AddressProblem = (typeof addressProblems)[number];

/** 127.0.0.0/8, ::1 and localhost: traffic that never leaves the machine. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return host === 'localhost' || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host);
}

/**
 * Checks a server address against the schemes it may use: `secure` anywhere,
 * `plain` (unencrypted) only to loopback when `plainOnlyToLoopback`. A user
 * name or password inside the address is refused: it would be stored and
 * shown in clear, beside the secret store meant for it. Null: usable.
 */
export function addressProblem(
  address: string,
  schemes: { secure: string; plain: string; plainOnlyToLoopback: boolean },
): AddressProblem | null {
  if (/\s/.test(address) || !URL.canParse(address)) return 'scheme';
  const url = new URL(address);
  if (url.protocol !== `${schemes.secure}:` && url.protocol !== `${schemes.plain}:`) return 'scheme';
  if (url.hostname === '') return 'scheme';
  if (url.username !== '' || url.password !== '') return 'credentials';
  if (url.protocol === `${schemes.plain}:` && schemes.plainOnlyToLoopback && !isLoopbackHost(url.hostname)) return 'insecure';
  return null;
}

/** The origin a secret is bound to: a new one must not receive the old secret. Empty when there is none. */
export function originOf(address: string): string {
  return URL.canParse(address) ? new URL(address).origin : '';
}
