import { parse, parseBinary } from 'plist';
import type { PolicySource } from './policy-source';
import { policyFileSource, type PolicyFileOptions } from './read-policy-file';

const binaryMagic = Buffer.from('bplist00');

/**
 * A macOS managed-preferences plist: what an MDM configuration profile
 * installs in /Library/Managed Preferences. The MDM client writes binary
 * plists; an XML one (a hand-made test) reads the same.
 */
export function plistPolicySource(path: string, options: PolicyFileOptions = {}): PolicySource {
  const decode = (file: Buffer) => (file.subarray(0, binaryMagic.length).equals(binaryMagic) ? parseBinary(file) : parse(file.toString('utf8')));
  return policyFileSource(path, options, decode, 'not_plist');
}
