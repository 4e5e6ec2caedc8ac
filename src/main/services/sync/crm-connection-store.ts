import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { CrmConnectionSave, CrmConnectionView } from '@shared/domain/crm-connection';
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
  return { url: readCrmUrl(orm), hasToken: Boolean(secrets.get(crmTokenSecret)) };
}

export function saveCrmConnection(orm: Orm, secrets: SecretStore, save: CrmConnectionSave, now = Date.now()): CrmConnectionView {
  if (save.token !== undefined) secrets.set(crmTokenSecret, save.token);
  const value = { url: save.url };
  orm
    .insert(settings)
    .values({ key: connectionKey, value, updatedAt: now })
    .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: now } })
    .run();
  return getCrmConnection(orm, secrets);
}
