import type { Stats } from 'node:fs';
import type { PolicyRule } from '@shared/policy/policy-rule';

/**
 * Whether a machine policy file can be trusted: root owns it and nobody else
 * may write it. Otherwise a user could have planted or edited it to unlock
 * what IT locked. Ownership is checked only where it means something (Linux,
 * macOS): the caller passes the owner it expects.
 */
export function fileTrustProblem(stats: Pick<Stats, 'uid' | 'mode'>, expectedOwner: number): PolicyRule | null {
  if (stats.uid !== expectedOwner) return { code: 'not_owned_by_root' };
  // Group or others may write (0o020 | 0o002).
  if ((stats.mode & 0o022) !== 0) return { code: 'writable_by_others' };
  return null;
}
