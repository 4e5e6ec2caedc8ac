import { useEffect, useState } from 'react';
import type { PhoneAccountView } from '@shared/domain/phone-account';
import { useContract } from './contract-context';

/** The agent's name as the phone account gives it: who writes the notes and owns "my" promises. */
export function useAgentName(): string | null {
  const contract = useContract();
  const [name, setName] = useState<string | null>(null);
  useEffect(() => {
    const take = (account: PhoneAccountView | null) => setName(account ? account.displayName || account.username : null);
    const unsubscribe = contract.on('phone.account.changed', take);
    void contract.call('phone.account.get', {}).then((result) => {
      if (result.ok) take(result.value.account);
    });
    return unsubscribe;
  }, [contract]);
  return name;
}
