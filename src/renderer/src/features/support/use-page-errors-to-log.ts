import { useEffect } from 'react';
import { useContract } from '../../ui/contract-context';

const maxText = 2_000;

function describe(reason: unknown): { message: string; stack?: string } {
  if (reason instanceof Error) return { message: `${reason.name}: ${reason.message}`.slice(0, maxText), stack: reason.stack?.slice(0, maxText) };
  return { message: String(reason).slice(0, maxText) };
}

/** The page's uncaught errors go into main's log files (redacted there), where the support bundle finds them. */
export function usePageErrorsToLog(): void {
  const contract = useContract();
  useEffect(() => {
    const send = (kind: string, reason: unknown) => {
      const { message, stack } = describe(reason);
      void contract.call('log.write', { level: 'error', scope: 'page', message: `${kind}: ${message || 'no message'}`, context: stack ? { stack } : undefined });
    };
    const onError = (event: ErrorEvent) => send('Uncaught error', event.error ?? event.message);
    const onRejection = (event: PromiseRejectionEvent) => send('Unhandled rejection', event.reason);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    return () => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    };
  }, [contract]);
}
