import type { ConnectionChange, ContractClient } from '@shared/contract/client';

/** Pause between probes while Parley is out of reach, for transports that answer `unavailable` at once. */
const probeIntervalMs = 1000;

export interface ConnectionMonitor {
  /**
   * The client the console uses: each of its answers also says whether Parley
   * is reachable, and its `onConnectionChange` tells `lost` and `reconnected`
   * however the loss was noticed (the socket closing, or a call answered
   * `unavailable`).
   */
  client: ContractClient;
  isConnected(): boolean;
  subscribe(listener: () => void): () => void;
  /** Resolves at once while Parley is reachable, otherwise as soon as it is again. */
  whenConnected(): Promise<void>;
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Parley is out of reach when the transport says its connection dropped, or
 * when a call answers `unavailable` (a transport that cannot tell). While it
 * is out of reach a cheap call probes until one gets through.
 */
export function createConnectionMonitor(inner: ContractClient): ConnectionMonitor {
  let connected = true;
  let probing = false;
  const listeners = new Set<() => void>();
  const changeListeners = new Set<(change: ConnectionChange) => void>();
  const waiting: (() => void)[] = [];

  const setConnected = (next: boolean) => {
    if (next === connected) return;
    connected = next;
    listeners.forEach((listener) => listener());
    changeListeners.forEach((listener) => listener(connected ? 'reconnected' : 'lost'));
    if (connected) waiting.splice(0).forEach((resume) => resume());
    else void probeUntilConnected();
  };
  inner.onConnectionChange((change) => setConnected(change === 'reconnected'));

  const call: ContractClient['call'] = async (method, params) => {
    const result = await inner.call(method, params);
    setConnected(result.ok || result.error.code !== 'unavailable');
    return result;
  };

  async function probeUntilConnected(): Promise<void> {
    if (probing) return;
    probing = true;
    while (!connected) {
      await call('app.info', {});
      if (!connected) await pause(probeIntervalMs);
    }
    probing = false;
  }

  return {
    client: {
      call,
      on: inner.on,
      onConnectionChange: (listener) => {
        changeListeners.add(listener);
        return () => changeListeners.delete(listener);
      },
    },
    isConnected: () => connected,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    whenConnected: () => (connected ? Promise.resolve() : new Promise((resume) => waiting.push(resume))),
  };
}
