import { phoneAccountSchema, type PhoneAccount, type PhoneAccountSave, type PhoneAccountView } from '@shared/domain/phone-account';
import type { Store } from '../../store/connection';
import { readSetting, writeSetting } from '../../store/queries/settings';
import type { SecretStore } from '../secrets/secret-store';

const accountKey = 'phone.account';
export const phonePasswordSecret = 'phone.password';

export function readPhoneAccount(store: Store): PhoneAccount | null {
  const parsed = phoneAccountSchema.safeParse(readSetting(store, accountKey));
  return parsed.success ? parsed.data : null;
}

/** Who took a call, as the store names them: as colleagues know the agent, the SIP user only when no name is set. */
export function callAgentName(store: Store, sipUser: string): string {
  return readPhoneAccount(store)?.displayName || sipUser;
}

export function getPhoneAccount(store: Store, secrets: SecretStore): PhoneAccountView | null {
  const account = readPhoneAccount(store);
  return account ? { ...account, hasPassword: secrets.has(phonePasswordSecret) } : null;
}

/** The password was given for one server and realm: another must never be offered it. */
function sameServer(before: PhoneAccount | null, after: PhoneAccount): boolean {
  return before !== null && before.server === after.server && before.domain === after.domain;
}

export function savePhoneAccount(store: Store, secrets: SecretStore, save: PhoneAccountSave, now = Date.now()): PhoneAccountView {
  const { password, ...account } = save;
  if (password !== undefined) secrets.set(phonePasswordSecret, password);
  else if (!sameServer(readPhoneAccount(store), account)) secrets.delete(phonePasswordSecret);
  writeSetting(store, accountKey, account, now);
  return { ...account, hasPassword: secrets.has(phonePasswordSecret) };
}
