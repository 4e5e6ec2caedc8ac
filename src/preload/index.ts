import { contextBridge, ipcRenderer } from 'electron';
import { bridgeGlobalName, type ParleyBridge } from '@shared/contract/bridge';
import { isEventName, type EventName } from '@shared/contract/events';
import { isMethodName } from '@shared/contract/methods';
import { electronChannels } from '@shared/contract/wire';

type Listener = (payload: unknown) => void;

/** One IPC listener fans events out, however many parts of the UI subscribe. */
const listeners = new Map<EventName, Set<Listener>>();
ipcRenderer.on(electronChannels.event, (_ipcEvent, name: unknown, payload: unknown) => {
  if (isEventName(name)) listeners.get(name)?.forEach((listener) => listener(payload));
});

/**
 * The only thing the renderer gets from Electron: the contract's transport.
 * Names outside the contract are refused here, before anything crosses.
 */
const bridge: ParleyBridge = {
  call: (method, params) => {
    if (!isMethodName(method)) {
      return Promise.resolve({ ok: false, error: { code: 'unknown_method', message: `Unknown method: ${String(method).slice(0, 100)}` } });
    }
    return ipcRenderer.invoke(electronChannels.call, method, params);
  },
  subscribe: (event, listener) => {
    if (!isEventName(event)) throw new Error(`Unknown event: ${String(event).slice(0, 100)}`);
    const subscribers = listeners.get(event) ?? new Set<Listener>();
    listeners.set(event, subscribers);
    // A wrapper of its own, so the same function subscribed twice is two subscriptions.
    const subscription: Listener = (payload) => listener(payload);
    subscribers.add(subscription);
    return () => {
      subscribers.delete(subscription);
    };
  },
};

contextBridge.exposeInMainWorld(bridgeGlobalName, bridge);
