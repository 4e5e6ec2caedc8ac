import { startTransition, useEffect, useState } from 'react';
import type { ContractError, Result } from '@shared/contract/error';
import { useWhenConnected } from './contract-context';

export type QueryState<T> =
  | { status: 'idle' }
  | { status: 'loading' }
  /** `stale`: an earlier key's answer, kept on screen while this key's loads. */
  | { status: 'ready'; value: T; stale: boolean }
  | { status: 'failed'; error: ContractError };

interface Answer<T> {
  key: string;
  state: QueryState<T>;
}

/**
 * Runs a contract call whenever its key changes. Only the latest key's answer
 * counts: an older answer that arrives late is dropped. With `keepPrevious`,
 * the last answer stays on screen, marked stale, while the next one loads
 * (as-you-type search); without it, a new key shows loading (a different
 * customer's card must never linger). A call that failed because Parley was out of reach is
 * made again once it is back, so the agent does not have to retype anything.
 */
export function useContractQuery<T>(
  key: string | null,
  run: () => Promise<Result<T>>,
  options: { keepPrevious?: boolean } = {},
): QueryState<T> {
  const whenConnected = useWhenConnected();
  const [answer, setAnswer] = useState<Answer<T> | null>(null);
  useEffect(() => {
    if (key === null) return;
    let current = true;
    const ask = async (): Promise<void> => {
      const result = await run();
      if (!current) return;
      // Rendered as a transition, in slices the browser can come between: an answer often lands while a call
      // is being set up, whose SIP and WebRTC events must not wait for a pane to finish rendering.
      startTransition(() => setAnswer({ key, state: result.ok ? { status: 'ready', value: result.value, stale: false } : { status: 'failed', error: result.error } }));
      if (!result.ok && result.error.code === 'unavailable') {
        await whenConnected();
        if (current) await ask();
      }
    };
    void ask();
    return () => {
      current = false;
    };
    // `run` is a fresh closure every render; the key says when the question changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, whenConnected]);

  if (key === null) return { status: 'idle' };
  if (answer?.key === key) return answer.state;
  if (options.keepPrevious && answer?.state.status === 'ready') return { ...answer.state, stale: true };
  return { status: 'loading' };
}
