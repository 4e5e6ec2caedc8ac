import type { z } from 'zod';

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
  return issue.code === 'too_big' ? 'crm.problem.urlTooLong' : 'crm.problem.urlScheme';
}
