import { useEffect, useState } from 'react';
import type { ContractError, Result } from '@shared/contract/error';

export type QueryState<T> =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; value: T }
  | { status: 'failed'; error: ContractError };

interface Answer<T> {
  key: string;
  state: QueryState<T>;
}

/**
 * Runs a contract call whenever its key changes. Only the latest key's answer
 * counts: an older answer that arrives late is dropped. With `keepPrevious`,
 * the last answer stays on screen while the next one loads (as-you-type
 * search); without it, a new key shows loading (a different customer's card
 * must never linger).
 */
export function useContractQuery<T>(
  key: string | null,
  run: () => Promise<Result<T>>,
  options: { keepPrevious?: boolean } = {},
): QueryState<T> {
  const [answer, setAnswer] = useState<Answer<T> | null>(null);
  useEffect(() => {
    if (key === null) return;
    let current = true;
    void run().then((result) => {
      if (!current) return;
      setAnswer({ key, state: result.ok ? { status: 'ready', value: result.value } : { status: 'failed', error: result.error } });
    });
    return () => {
      current = false;
    };
    // `run` is a fresh closure every render; the key says when the question changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  if (key === null) return { status: 'idle' };
  if (answer && (answer.key === key || options.keepPrevious)) return answer.state;
  return { status: 'loading' };
}
