import { eq } from 'drizzle-orm';
import { phoneAccountSchema, type PhoneAccount, type PhoneAccountSave, type PhoneAccountView } from '@shared/domain/phone-account';
import type { Orm } from '../../store/database';
import { settings } from '../../store/schema';
import type { SecretStore } from '../secrets/secret-store';

const accountKey = 'phone.account';
export const phonePasswordSecret = 'phone.password';

function readAccount(orm: Orm): PhoneAccount | null {
  const row = orm.select({ value: settings.value }).from(settings).where(eq(settings.key, accountKey)).get();
  const parsed = phoneAccountSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : null;
}

export function getPhoneAccount(orm: Orm, secrets: SecretStore): PhoneAccountView | null {
  const account = readAccount(orm);
  return account ? { ...account, hasPassword: secrets.get(phonePasswordSecret) !== null } : null;
}

export function savePhoneAccount(orm: Orm, secrets: SecretStore, save: PhoneAccountSave, now = Date.now()): PhoneAccountView {
  const { password, ...account } = save;
  if (password !== undefined) secrets.set(phonePasswordSecret, password);
  orm
    .insert(settings)
    .values({ key: accountKey, value: account, updatedAt: now })
    .onConflictDoUpdate({ target: settings.key, set: { value: account, updatedAt: now } })
    .run();
  return { ...account, hasPassword: secrets.get(phonePasswordSecret) !== null };
}
