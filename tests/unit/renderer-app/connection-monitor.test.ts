import { describe, expect, it, vi } from 'vitest';
import type { ConnectionChange, ContractClient } from '@shared/contract/client';
import type { Result } from '@shared/contract/error';
import { createConnectionMonitor } from '../../../src/renderer/src/ui/connection-monitor';

const unavailable: Result<never> = { ok: false, error: { code: 'unavailable', message: 'host gone' } };

/** A client whose answers the test hands out one by one, as the host would. */
function scriptedClient() {
  const answers: ((result: Result<unknown>) => void)[] = [];
  const calls: string[] = [];
  const transportListeners = new Set<(change: ConnectionChange) => void>();
  const client: ContractClient = {
    call: ((method: string) => {
      calls.push(method);
      return new Promise<Result<unknown>>((resolve) => answers.push(resolve));
    }) as ContractClient['call'],
    on: () => () => undefined,
    onConnectionChange: (listener) => {
      transportListeners.add(listener);
      return () => transportListeners.delete(listener);
    },
  };
  const transportSays = (change: ConnectionChange) => transportListeners.forEach((listener) => listener(change));
  return { client, calls, transportSays, answerNext: (result: Result<unknown>) => answers.shift()?.(result), pending: () => answers.length };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the connection monitor', () => {
  it('goes offline on unavailable, probes, and comes back when a probe gets through', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    const host = scriptedClient();
    const monitor = createConnectionMonitor(host.client);
    const changes: boolean[] = [];
    monitor.subscribe(() => changes.push(monitor.isConnected()));
    let resumed = false;

    const search = monitor.client.call('customers.search', { query: 'ivan' });
    host.answerNext(unavailable);
    expect(await search).toEqual(unavailable);
    expect(monitor.isConnected()).toBe(false);
    void monitor.whenConnected().then(() => (resumed = true));

    expect(host.calls).toEqual(['customers.search', 'app.info']);
    host.answerNext(unavailable); // the first probe fails too
    await vi.advanceTimersByTimeAsync(999);
    expect(host.calls).toHaveLength(2); // waits before probing again
    await vi.advanceTimersByTimeAsync(1);
    expect(host.calls).toEqual(['customers.search', 'app.info', 'app.info']);
    expect(resumed).toBe(false);

    host.answerNext({ ok: true, value: { version: '0', shell: 'web', customerCount: 0, demoData: false } });
    await vi.advanceTimersByTimeAsync(0);
    expect(monitor.isConnected()).toBe(true);
    expect(resumed).toBe(true);
    expect(changes).toEqual([false, true]);
    expect(host.pending()).toBe(0);
    vi.useRealTimers();
  });

  it('stays connected through ordinary errors', async () => {
    const host = scriptedClient();
    const monitor = createConnectionMonitor(host.client);
    const answer = monitor.client.call('customers.get', { customerId: 1 });
    host.answerNext({ ok: false, error: { code: 'customer_not_found', customerId: 1 } });
    await answer;
    await flush();
    expect(monitor.isConnected()).toBe(true);
    expect(host.calls).toEqual(['customers.get']);
  });

  it('tells the console "lost" and "reconnected" as the transport sees them, before any call fails', async () => {
    const host = scriptedClient();
    const monitor = createConnectionMonitor(host.client);
    const changes: ConnectionChange[] = [];
    monitor.client.onConnectionChange((change) => changes.push(change));

    host.transportSays('lost');
    expect(monitor.isConnected()).toBe(false);
    expect(host.calls).toEqual(['app.info']); // probing, for transports that cannot tell
    host.transportSays('reconnected');
    expect(monitor.isConnected()).toBe(true);
    await monitor.whenConnected();
    expect(changes).toEqual(['lost', 'reconnected']);
  });
});
