import type { EffectivePolicy } from '@shared/policy/effective-policy';
import type { Store } from '../../store/connection';
import { readPhoneAccount, savePhoneAccount } from '../phone/phone-account-store';
import type { SecretStore } from '../secrets/secret-store';
import { readCrmUrl, saveCrmConnection } from '../sync/crm-connection-store';

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/**
 * Writes the locked SIP server, SIP domain and CRM address over what is
 * stored, so that every reader (the phone, the sync, the page's CSP) gets
 * them without knowing about policy. The stores' own rules hold: a new
 * server or CRM origin forgets the secret given to the old one. A phone
 * account that does not exist yet is not created (it needs the agent's user
 * name): the form offers the locked values when the agent creates it.
 * Answers whether anything changed.
 */
export function applyPolicyToStore(store: Store, secrets: SecretStore, policy: EffectivePolicy): { phone: boolean; crm: boolean } {
  const changed = { phone: false, crm: false };
  const crmUrl = text(policy.mandatory['crm.url']);
  if (crmUrl !== undefined && crmUrl !== readCrmUrl(store)) {
    saveCrmConnection(store, secrets, { url: crmUrl });
    changed.crm = true;
  }
  const account = readPhoneAccount(store);
  if (account) {
    const server = text(policy.mandatory['sip.server']) ?? account.server;
    const domain = text(policy.mandatory['sip.domain']) ?? account.domain;
    if (server !== account.server || domain !== account.domain) {
      savePhoneAccount(store, secrets, { ...account, server, domain });
      changed.phone = true;
    }
  }
  return changed;
}
