import { useEffect, useState } from 'react';
import type { ContractError, Result } from '@shared/contract/error';

export type QueryState<T> =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; value: T }
  | { status: 'failed'; error: ContractError };

/**
 * Runs a contract call whenever its key changes. Only the latest key's answer
 * is shown: an older answer that arrives late is dropped.
 */
export function useContractQuery<T>(key: string | null, run: () => Promise<Result<T>>): QueryState<T> {
  const [state, setState] = useState<QueryState<T>>({ status: 'idle' });
  useEffect(() => {
    if (key === null) {
      setState({ status: 'idle' });
      return;
    }
    let current = true;
    setState((previous) => (previous.status === 'ready' ? previous : { status: 'loading' }));
    void run().then((result) => {
      if (!current) return;
      setState(result.ok ? { status: 'ready', value: result.value } : { status: 'failed', error: result.error });
    });
    return () => {
      current = false;
    };
    // `run` is a fresh closure every render; the key says when the question changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return state;
}
