import { useCallback, useState } from 'react';
import type { ContractError } from '@shared/contract/error';
import { defaultBoardAlertRules, type BoardAlertRules } from '@shared/domain/board-alerts';
import { useContract } from '../../ui/contract-context';
import { useContractQuery } from '../../ui/use-contract-query';

/** The supervisor's alert rules (the defaults until they load) and saving new ones. */
export function useBoardAlertRules(): { rules: BoardAlertRules; loadError: ContractError | null; save(rules: BoardAlertRules): Promise<ContractError | null> } {
  const contract = useContract();
  const [saved, setSaved] = useState(0);
  const run = useCallback(() => contract.call('board.alert-rules.get', {}), [contract]);
  const query = useContractQuery(`board-alert-rules:${saved}`, run, { keepPrevious: true });
  const save = useCallback(
    async (rules: BoardAlertRules) => {
      const answer = await contract.call('board.alert-rules.save', rules);
      if (!answer.ok) return answer.error;
      setSaved((count) => count + 1);
      return null;
    },
    [contract],
  );
  return { rules: query.status === 'ready' ? query.value : defaultBoardAlertRules, loadError: query.status === 'failed' ? query.error : null, save };
}
