import type { PolicySource } from './policy-source';
import { policyFileSource, type PolicyFileOptions } from './read-policy-file';

/** A policy.json: Linux's /etc/parley/policy.json and ~/.config/parley/policy.json, and the browser shell's --policy. */
export function jsonPolicySource(path: string, options: PolicyFileOptions = {}): PolicySource {
  return policyFileSource(path, options, (file) => JSON.parse(file.toString('utf8')), 'not_json');
}
