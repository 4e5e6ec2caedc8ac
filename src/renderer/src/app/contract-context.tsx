import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import type { ContractClient } from '@shared/contract/client';

interface ContractContextValue {
  client: ContractClient;
  /** False while the last call could not reach main (the browser shell's host is down). */
  connected: boolean;
}

const ContractContext = createContext<ContractContextValue | null>(null);

export function ContractProvider({ client, children }: { client: ContractClient; children: ReactNode }) {
  const [connected, setConnected] = useState(true);
  const watched = useMemo<ContractClient>(
    () => ({
      on: client.on,
      call: async (method, params) => {
        const result = await client.call(method, params);
        setConnected(result.ok || result.error.code !== 'unavailable');
        return result;
      },
    }),
    [client],
  );
  const value = useMemo(() => ({ client: watched, connected }), [watched, connected]);
  return <ContractContext.Provider value={value}>{children}</ContractContext.Provider>;
}

function useContractContext(): ContractContextValue {
  const value = useContext(ContractContext);
  if (!value) throw new Error('useContract must be used inside <ContractProvider>');
  return value;
}

export function useContract(): ContractClient {
  return useContractContext().client;
}

export function useConnected(): boolean {
  return useContractContext().connected;
}
