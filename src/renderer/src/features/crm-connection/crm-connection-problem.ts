import type { z } from 'zod';
import type { AddressProblem } from '@shared/domain/endpoint-address';

const addressProblemKeys: Record<AddressProblem, string> = {
  scheme: 'crm.problem.urlScheme',
  credentials: 'crm.problem.urlCredentials',
  insecure: 'crm.problem.urlInsecure',
};

/**
 * The translation key that tells the IT admin what to fix, from the contract's own
 * schema (checked before sending, so the message is specific and instant); null: none.
 */
export function crmConnectionProblemKey(error: z.ZodError): string | null {
  const issue = error.issues[0];
  if (!issue) return null;
  const field = issue.path[0];
  if (field === 'token') return 'crm.problem.tokenTooLong';
  if (field !== 'url') return null;
  if (issue.code === 'too_big') return 'crm.problem.urlTooLong';
  const problem = issue.code === 'custom' ? (issue.params?.problem as AddressProblem | undefined) : undefined;
  return addressProblemKeys[problem ?? 'scheme'];
}
