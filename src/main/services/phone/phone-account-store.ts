import { eq } from 'drizzle-orm';
import { phoneAccountSchema, type PhoneAccount, type PhoneAccountSave, type PhoneAccountView } from '@shared/domain/phone-account';
import type { Orm } from '../../store/database';
import { settings } from '../../store/schema';
import type { SecretStore } from '../secrets/secret-store';

const accountKey = 'phone.account';
export const phonePasswordSecret = 'phone.password';

export function readPhoneAccount(orm: Orm): PhoneAccount | null {
  const row = orm.select({ value: settings.value }).from(settings).where(eq(settings.key, accountKey)).get();
  const parsed = phoneAccountSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : null;
}

export function getPhoneAccount(orm: Orm, secrets: SecretStore): PhoneAccountView | null {
  const account = readPhoneAccount(orm);
  return account ? { ...account, hasPassword: secrets.has(phonePasswordSecret) } : null;
}

/** The password was given for one server and realm: another must never be offered it. */
function sameServer(before: PhoneAccount | null, after: PhoneAccount): boolean {
  return before !== null && before.server === after.server && before.domain === after.domain;
}

export function savePhoneAccount(orm: Orm, secrets: SecretStore, save: PhoneAccountSave, now = Date.now()): PhoneAccountView {
  const { password, ...account } = save;
  if (password !== undefined) secrets.set(phonePasswordSecret, password);
  else if (!sameServer(readPhoneAccount(orm), account)) secrets.delete(phonePasswordSecret);
  orm
    .insert(settings)
    .values({ key: accountKey, value: account, updatedAt: now })
    .onConflictDoUpdate({ target: settings.key, set: { value: account, updatedAt: now } })
    .run();
  return { ...account, hasPassword: secrets.has(phonePasswordSecret) };
}
