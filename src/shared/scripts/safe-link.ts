/**
 * Whether a knowledge step's link may be offered to the agent: https only.
 * A script is written by a supervisor but opened by every agent mid-call, so
 * `javascript:` (code in the console), `file:`/`smb:` (the machine's and the
 * network's files, NTLM hashes) and plain `http:` (rewritable on the way) are refused.
 */
export function isSafeLink(url: string): boolean {
  return URL.canParse(url) && new URL(url).protocol === 'https:';
}
