import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { CrmConnectionSave, CrmConnectionView } from '@shared/domain/crm-connection';
import { originOf } from '@shared/domain/endpoint-address';
import type { Orm } from '../../store/database';
import { settings } from '../../store/schema';
import type { SecretStore } from '../secrets/secret-store';

const connectionKey = 'sync.crm';
/** Kept with safeStorage in Electron; in the browser shell, the documented 0600 file (not encrypted). */
export const crmTokenSecret = 'crm.token';

export function readCrmUrl(orm: Orm): string {
  const row = orm.select({ value: settings.value }).from(settings).where(eq(settings.key, connectionKey)).get();
  const parsed = z.object({ url: z.string() }).safeParse(row?.value);
  return parsed.success ? parsed.data.url : '';
}

export function getCrmConnection(orm: Orm, secrets: SecretStore): CrmConnectionView {
  return { url: readCrmUrl(orm), hasToken: secrets.has(crmTokenSecret) };
}

/**
 * The token was issued by one CRM: saving another origin without a new token
 * forgets it (and the form asks for one), so it is never sent where it does
 * not belong. A new path on the same origin keeps it. An empty token forgets it.
 */
export function saveCrmConnection(orm: Orm, secrets: SecretStore, save: CrmConnectionSave, now = Date.now()): CrmConnectionView {
  if (save.token) secrets.set(crmTokenSecret, save.token);
  else if (save.token === '' || originOf(readCrmUrl(orm)) !== originOf(save.url)) secrets.delete(crmTokenSecret);
  const value = { url: save.url };
  orm
    .insert(settings)
    .values({ key: connectionKey, value, updatedAt: now })
    .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: now } })
    .run();
  return getCrmConnection(orm, secrets);
}
