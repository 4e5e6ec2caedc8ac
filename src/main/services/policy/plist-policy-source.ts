import { parse, parseBinary } from 'plist';
import { refusedLayer, validatePolicy } from '@shared/policy/validate-policy';
import type { PolicySource } from './policy-source';
import { readPolicyFile, type PolicyFileOptions } from './read-policy-file';

const binaryMagic = Buffer.from('bplist00');

/**
 * A macOS managed-preferences plist: what an MDM configuration profile
 * installs in /Library/Managed Preferences. The MDM client writes binary
 * plists; an XML one (a hand-made test) reads the same.
 */
export function plistPolicySource(path: string, options: PolicyFileOptions = {}): PolicySource {
  return {
    name: path,
    read: async () => {
      const file = await readPolicyFile(path, options);
      if (!Buffer.isBuffer(file)) return file;
      let document: unknown;
      try {
        document = file.subarray(0, binaryMagic.length).equals(binaryMagic) ? parseBinary(file) : parse(file.toString('utf8'));
      } catch {
        return refusedLayer(path, { rule: { code: 'not_plist' } });
      }
      return validatePolicy(document, path);
    },
  };
}
