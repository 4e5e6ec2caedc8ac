import type { ContractError } from '@shared/contract/error';

/** The translation key that tells the agent what to fix, for the refusals a wrap-up can meet; null: a general error. */
export function wrapUpProblemKey(error: ContractError): string | null {
  if (error.code !== 'invalid_request' || !error.field) return null;
  if (error.field === 'note' || error.field === 'promises') return 'wrapUp.problem.needsCustomer';
  if (error.field === 'dispositionCode' || error.field.startsWith('rootCauses')) return 'wrapUp.problem.unknownCode';
  if (error.field === 'customerWanted' || error.field === 'weOffered') return 'wrapUp.problem.tooLong';
  return null;
}
