import type { WrapUpCodes } from '@shared/domain/wrap-up';
import { useContract } from '../../ui/contract-context';
import { useContractQuery } from '../../ui/use-contract-query';

const noCodes: WrapUpCodes = { dispositions: [], rootCauses: [] };

/** The disposition and root-cause lists, as configured (empty until they arrive). */
export function useWrapUpCodes(): WrapUpCodes {
  const contract = useContract();
  const query = useContractQuery('wrap-up-codes', () => contract.call('wrap-up.codes', {}));
  return query.status === 'ready' ? query.value : noCodes;
}
