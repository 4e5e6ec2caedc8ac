import type { ContractClient } from '@shared/contract/client';

/** Pause between probes while Parley is out of reach, for transports that answer `unavailable` at once. */
const probeIntervalMs = 1000;

export interface ConnectionMonitor {
  /** The client the console uses: each of its answers also says whether Parley is reachable. */
  client: ContractClient;
  isConnected(): boolean;
  subscribe(listener: () => void): () => void;
  /** Resolves at once while Parley is reachable, otherwise as soon as it is again. */
  whenConnected(): Promise<void>;
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Parley is out of reach when a call answers `unavailable` (the browser
 * shell's host went away). The renderer cannot otherwise see the transport,
 * so while it is out of reach a cheap call probes until one gets through.
 */
export function createConnectionMonitor(inner: ContractClient): ConnectionMonitor {
  let connected = true;
  let probing = false;
  const listeners = new Set<() => void>();
  const waiting: (() => void)[] = [];

  const setConnected = (next: boolean) => {
    if (next === connected) return;
    connected = next;
    listeners.forEach((listener) => listener());
    if (connected) waiting.splice(0).forEach((resume) => resume());
    else void probeUntilConnected();
  };

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
    client: { call, on: inner.on },
    isConnected: () => connected,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    whenConnected: () => (connected ? Promise.resolve() : new Promise((resume) => waiting.push(resume))),
  };
}
