import { refusedLayer, validatePolicy } from '@shared/policy/validate-policy';
import type { PolicySource } from './policy-source';
import { readPolicyFile, type PolicyFileOptions } from './read-policy-file';

/** A policy.json: Linux's /etc/parley/policy.json and ~/.config/parley/policy.json, and the browser shell's --policy. */
export function jsonPolicySource(path: string, options: PolicyFileOptions = {}): PolicySource {
  return {
    name: path,
    read: async () => {
      const file = await readPolicyFile(path, options);
      if (!Buffer.isBuffer(file)) return file;
      let document: unknown;
      try {
        document = JSON.parse(file.toString('utf8'));
      } catch {
        return refusedLayer(path, { rule: { code: 'not_json' } });
      }
      return validatePolicy(document, path);
    },
  };
}
