import { createContext, useContext, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { ContractClient } from '@shared/contract/client';
import { createConnectionMonitor, type ConnectionMonitor } from './connection-monitor';

const ContractContext = createContext<ConnectionMonitor | null>(null);

/** Gives the console its contract client; the client is fixed for the life of the page. */
export function ContractProvider({ client, children }: { client: ContractClient; children: ReactNode }) {
  const [monitor] = useState(() => createConnectionMonitor(client));
  return <ContractContext.Provider value={monitor}>{children}</ContractContext.Provider>;
}

function useConnectionMonitor(): ConnectionMonitor {
  const monitor = useContext(ContractContext);
  if (!monitor) throw new Error('useContract must be used inside <ContractProvider>');
  return monitor;
}

export function useContract(): ContractClient {
  return useConnectionMonitor().client;
}

/** False while Parley is out of reach (the browser shell's host is down); true again once a call gets through. */
export function useConnected(): boolean {
  const monitor = useConnectionMonitor();
  return useSyncExternalStore(monitor.subscribe, monitor.isConnected);
}

export function useWhenConnected(): () => Promise<void> {
  return useConnectionMonitor().whenConnected;
}
