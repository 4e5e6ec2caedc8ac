import { open } from 'node:fs/promises';
import { refusedLayer, validatePolicy, type PolicyLayer } from '@shared/policy/validate-policy';
import type { PolicySource } from './policy-source';
import { fileTrustProblem } from './file-trust';

export interface PolicyFileOptions {
  /** For a machine file: the owner it must have (0, root). Unset for files anyone may own (a user's own, `--policy`). */
  owner?: number;
}

/** A policy is a few kilobytes; a file far bigger is not one, and is not read into memory. */
const maxPolicyBytes = 1024 * 1024;

function reasonOf(error: unknown): string {
  return error instanceof Error && 'code' in error ? String(error.code) : 'read failed';
}

/**
 * Reads a policy file's bytes, or says why it is not used: null when it does
 * not exist, a refused layer when it cannot be read or trusted. Ownership is
 * checked on the open file, so the file read is the file checked.
 */
export async function readPolicyFile(path: string, options: PolicyFileOptions): Promise<Buffer | PolicyLayer | null> {
  let file;
  try {
    file = await open(path, 'r');
  } catch (error) {
    return reasonOf(error) === 'ENOENT' ? null : refusedLayer(path, { rule: { code: 'unreadable', reason: reasonOf(error) } });
  }
  try {
    const stats = await file.stat();
    if (!stats.isFile()) return refusedLayer(path, { rule: { code: 'unreadable', reason: 'not a file' } });
    if (stats.size > maxPolicyBytes) return refusedLayer(path, { rule: { code: 'unreadable', reason: 'larger than 1 MB' } });
    const untrusted = options.owner === undefined ? null : fileTrustProblem(stats, options.owner);
    return untrusted ? refusedLayer(path, { rule: untrusted }) : await file.readFile();
  } catch (error) {
    return refusedLayer(path, { rule: { code: 'unreadable', reason: reasonOf(error) } });
  } finally {
    await file.close();
  }
}

/**
 * A policy source made of one file: read and trusted as above, then `decode`d
 * into a document (a decoding failure refuses the whole file with `notDecoded`)
 * and validated key by key.
 */
export function policyFileSource(path: string, options: PolicyFileOptions, decode: (file: Buffer) => unknown, notDecoded: 'not_json' | 'not_plist'): PolicySource {
  return {
    name: path,
    read: async () => {
      const file = await readPolicyFile(path, options);
      if (!Buffer.isBuffer(file)) return file;
      let document: unknown;
      try {
        document = decode(file);
      } catch {
        return refusedLayer(path, { rule: { code: notDecoded } });
      }
      return validatePolicy(document, path);
    },
  };
}
