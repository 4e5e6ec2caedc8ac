import { z } from 'zod';
import type { CrmConnectionSave, CrmConnectionView } from '@shared/domain/crm-connection';
import { originOf } from '@shared/domain/endpoint-address';
import type { Store } from '../../store/connection';
import { readSetting, writeSetting } from '../../store/queries/settings';
import type { SecretStore } from '../secrets/secret-store';
import { mainLog } from '../logging/main-log';

const connectionKey = 'sync.crm';
/** Kept with safeStorage in Electron; in the browser shell, the documented 0600 file (not encrypted). */
export const crmTokenSecret = 'crm.token';

export function readCrmUrl(store: Store): string {
  const parsed = z.object({ url: z.string() }).safeParse(readSetting(store, connectionKey));
  return parsed.success ? parsed.data.url : '';
}

/**
 * The saved token. An undecryptable one must not stop the console: the CRM
 * refuses the request, the console says so, IT re-enters it.
 */
export function readCrmToken(secrets: SecretStore): string | null {
  try {
    return secrets.get(crmTokenSecret);
  } catch (error) {
    mainLog.error(error instanceof Error ? error.message : String(error));
    return null;
  }
}

/** Where the CRM is and the token to show it; null when no CRM is set up. */
export function savedCrmEndpoint(store: Store, secrets: SecretStore): { baseUrl: string; token: string | null } | null {
  const url = readCrmUrl(store);
  return url ? { baseUrl: url, token: readCrmToken(secrets) } : null;
}

export function getCrmConnection(store: Store, secrets: SecretStore): CrmConnectionView {
  return { url: readCrmUrl(store), hasToken: secrets.has(crmTokenSecret) };
}

/**
 * The token was issued by one CRM: saving another origin without a new token
 * forgets it (and the form asks for one), so it is never sent where it does
 * not belong. A new path on the same origin keeps it. An empty token forgets it.
 */
export function saveCrmConnection(store: Store, secrets: SecretStore, save: CrmConnectionSave, now = Date.now()): CrmConnectionView {
  if (save.token) secrets.set(crmTokenSecret, save.token);
  else if (save.token === '' || originOf(readCrmUrl(store)) !== originOf(save.url)) secrets.delete(crmTokenSecret);
  writeSetting(store, connectionKey, { url: save.url }, now);
  return getCrmConnection(store, secrets);
}
