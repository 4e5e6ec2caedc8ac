import { readFile, stat } from 'node:fs/promises';
import { refusedLayer, type PolicyLayer } from '@shared/policy/validate-policy';
import type { PolicyRule } from '@shared/policy/policy-rule';
import { fileTrustProblem } from './file-trust';

export interface PolicyFileOptions {
  /** For a machine file: the owner it must have (0, root). Unset for files anyone may own (a user's own, `--policy`). */
  owner?: number;
}

function reasonOf(error: unknown): string {
  return error instanceof Error && 'code' in error ? String(error.code) : 'read failed';
}

/**
 * Reads a policy file's bytes, or says why it is not used: null when it does
 * not exist, a refused layer when it cannot be read or trusted.
 */
export async function readPolicyFile(path: string, options: PolicyFileOptions): Promise<Buffer | PolicyLayer | null> {
  let rule: PolicyRule | null = null;
  try {
    const stats = await stat(path);
    if (!stats.isFile()) return refusedLayer(path, { rule: { code: 'unreadable', reason: 'not a file' } });
    if (options.owner !== undefined) rule = fileTrustProblem(stats, options.owner);
    if (!rule) return await readFile(path);
  } catch (error) {
    if (reasonOf(error) === 'ENOENT') return null;
    rule = { code: 'unreadable', reason: reasonOf(error) };
  }
  return refusedLayer(path, { rule });
}
