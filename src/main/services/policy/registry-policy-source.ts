import { recommendedKey, refusedLayer, validatePolicy } from '@shared/policy/validate-policy';
import type { RegistryAccess, RegistryHive } from './registry-access';
import type { PolicySource } from './policy-source';

/** Where Group Policy (and Intune's ADMX ingestion) writes Parley's policy; ADMX's `key`. */
export const registryPolicyKey = 'Software\\Policies\\Parley';

const hiveNames: Record<RegistryHive, string> = { HKEY_LOCAL_MACHINE: 'HKLM', HKEY_CURRENT_USER: 'HKCU' };

/** A list element writes a subkey whose values are named 1, 2, 3…: back into an array, in that order. */
function readList(registry: RegistryAccess, hive: RegistryHive, key: string): unknown[] {
  return [...registry.enumerateValues(hive, key)]
    .sort((a, b) => Number(a.name) - Number(b.name) || a.name.localeCompare(b.name))
    .map((entry) => entry.data);
}

/** The key's values, and each subkey as a list, except `Recommended`, read the same way. */
function readKey(registry: RegistryAccess, hive: RegistryHive, key: string, nested: boolean): Record<string, unknown> {
  const document: Record<string, unknown> = {};
  for (const entry of registry.enumerateValues(hive, key)) document[entry.name] = entry.data;
  for (const subkey of registry.enumerateKeys(hive, key)) {
    const path = `${key}\\${subkey}`;
    // The registry ignores case: GPO tools write `Recommended`, the schema names it `recommended`.
    if (!nested && subkey.toLowerCase() === recommendedKey) document[recommendedKey] = readKey(registry, hive, path, true);
    else document[subkey] = readList(registry, hive, path);
  }
  return document;
}

/**
 * Policy from the registry: `HKLM\Software\Policies\Parley` (machine) or
 * `HKCU\…` (user). Values are named by their dotted keys (`sip.server`);
 * booleans are DWORD 0/1. A registry that cannot be read is a problem, not a stop.
 */
export function registryPolicySource(hive: RegistryHive, loadRegistry: () => Promise<RegistryAccess>): PolicySource {
  const name = `${hiveNames[hive]}\\${registryPolicyKey}`;
  return {
    name,
    read: async () => {
      let document: Record<string, unknown>;
      try {
        document = readKey(await loadRegistry(), hive, registryPolicyKey, false);
      } catch (error) {
        return refusedLayer(name, { rule: { code: 'unreadable', reason: error instanceof Error ? error.message.slice(0, 200) : 'registry read failed' } });
      }
      return Object.keys(document).length === 0 ? null : validatePolicy(document, name);
    },
  };
}
