import { useEffect } from 'react';
import { originOf } from '@shared/domain/endpoint-address';
import { useContract } from '../ui/contract-context';

/** Lets the answer of the save that changed the server reach its caller before the page goes. */
const reloadDelayMs = 300;

/**
 * The page may connect only to the SIP server configured when it loaded (its
 * Content-Security-Policy, which a loaded page cannot widen). Once another
 * server is saved, a fresh page, with a policy that names it, is the only way
 * the phone can reach it.
 */
export function useReloadForNewSipServer(): void {
  const contract = useContract();
  useEffect(() => {
    let loadedFor: string | null = null;
    void contract.call('phone.account.get', {}).then((result) => {
      if (result.ok) loadedFor = originOf(result.value.account?.server ?? '');
    });
    return contract.on('phone.account.changed', (account) => {
      if (loadedFor !== null && originOf(account.server) !== loadedFor) setTimeout(() => window.location.reload(), reloadDelayMs);
    });
  }, [contract]);
}
