import type { z } from 'zod';
import { crmSchemes, crmTokenMaxLength, crmUrlMaxLength, type CrmConnectionSave } from '../domain/crm-connection';
import { addressProblem } from '../domain/endpoint-address';
import type { crmAddressRefused, crmTokenTooLong, crmUrlTooLong } from './error-kinds';

export type CrmConnectionProblem = z.output<typeof crmAddressRefused | typeof crmUrlTooLong | typeof crmTokenTooLong>;

/** What `sync.connection.save` refuses in what IT typed; null: the connection can be saved. */
export function crmConnectionProblem({ url, token }: CrmConnectionSave): CrmConnectionProblem | null {
  if (url.length > crmUrlMaxLength) return { code: 'crm_url_too_long', limit: crmUrlMaxLength };
  if (token !== undefined && token.length > crmTokenMaxLength) return { code: 'crm_token_too_long', limit: crmTokenMaxLength };
  const problem = url === '' ? null : addressProblem(url, crmSchemes);
  return problem ? { code: 'crm_address_refused', problem } : null;
}
