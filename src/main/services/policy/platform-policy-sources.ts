import { join } from 'node:path';
import { jsonPolicySource } from './json-policy-source';
import { plistPolicySource } from './plist-policy-source';
import type { PolicySource } from './policy-source';
import { loadRegistryJs, type RegistryAccess } from './registry-access';
import { registryPolicySource } from './registry-policy-source';

export interface PlatformPolicyOptions {
  platform: NodeJS.Platform;
  /** electron-builder's appId: the managed preferences' domain. */
  appId: string;
  userName: string;
  homeDir: string;
  /** Folders standing in for the OS's in tests. */
  managedPreferencesDir?: string;
  etcDir?: string;
  loadRegistry?: () => Promise<RegistryAccess>;
}

/**
 * Where each OS keeps machine policy, machine first. Linux: /etc is root's,
 * so its file must be root-owned and writable by root alone; the user's own
 * file only adds keys the machine's leaves unset. macOS: what an MDM profile
 * installs, for the computer and for the user. Windows: Group Policy's keys.
 */
export function platformPolicySources(options: PlatformPolicyOptions): PolicySource[] {
  switch (options.platform) {
    case 'win32': {
      const loadRegistry = options.loadRegistry ?? loadRegistryJs;
      return [registryPolicySource('HKEY_LOCAL_MACHINE', loadRegistry), registryPolicySource('HKEY_CURRENT_USER', loadRegistry)];
    }
    case 'darwin': {
      const managed = options.managedPreferencesDir ?? '/Library/Managed Preferences';
      return [
        plistPolicySource(join(managed, `${options.appId}.plist`), { owner: 0 }),
        plistPolicySource(join(managed, options.userName, `${options.appId}.plist`), { owner: 0 }),
      ];
    }
    default:
      return [
        jsonPolicySource(join(options.etcDir ?? '/etc', 'parley', 'policy.json'), { owner: 0 }),
        jsonPolicySource(join(options.homeDir, '.config', 'parley', 'policy.json')),
      ];
  }
}
