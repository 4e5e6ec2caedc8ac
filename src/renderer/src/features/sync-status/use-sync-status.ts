import { useEffect, useState } from 'react';
import type { SyncStatus } from '@shared/domain/sync-status';
import { useConnected, useContract } from '../../ui/contract-context';

/** The CRM sync's status, read on every (re)connection and kept current by `sync.status-changed`. */
export function useSyncStatus(): SyncStatus | null {
  const contract = useContract();
  const connected = useConnected();
  const [status, setStatus] = useState<SyncStatus | null>(null);

  useEffect(() => contract.on('sync.status-changed', setStatus), [contract]);

  // Events pushed while Parley was out of reach are lost: each (re)connection asks afresh.
  useEffect(() => {
    if (!connected) return;
    let current = true;
    void contract.call('sync.status', {}).then((result) => {
      if (current && result.ok) setStatus(result.value);
    });
    return () => {
      current = false;
    };
  }, [contract, connected]);

  return status;
}
