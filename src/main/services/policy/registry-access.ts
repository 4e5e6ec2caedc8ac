/**
 * The few registry calls policy needs, as registry-js (GitHub Desktop's
 * registry library, N-API, reading through the Win32 API without spawning
 * reg.exe) offers them. Tests fake this; only Windows loads the library.
 */
export type RegistryHive = 'HKEY_LOCAL_MACHINE' | 'HKEY_CURRENT_USER';

export interface RegistryValueEntry {
  readonly name: string;
  /** REG_SZ, REG_EXPAND_SZ, REG_DWORD: the types registry-js reads. */
  readonly type: string;
  readonly data: string | number;
}

export interface RegistryAccess {
  enumerateValues(hive: RegistryHive, subkey: string): readonly RegistryValueEntry[];
  enumerateKeys(hive: RegistryHive, subkey: string): readonly string[];
}

/** registry-js, imported on Windows only: it is a native addon, an optional dependency elsewhere absent or unbuilt. */
export async function loadRegistryJs(): Promise<RegistryAccess> {
  const registry = await import('registry-js');
  return {
    enumerateValues: (hive, subkey) => registry.enumerateValues(registry.HKEY[hive], subkey),
    enumerateKeys: (hive, subkey) => registry.enumerateKeys(registry.HKEY[hive], subkey),
  };
}
