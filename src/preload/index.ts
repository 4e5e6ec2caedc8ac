import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { bridgeGlobalName, type ParleyBridge } from '@shared/contract/bridge';
import { isEventName } from '@shared/contract/events';
import { isMethodName } from '@shared/contract/methods';
import { electronChannels } from '@shared/contract/wire';

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
    const forward = (_ipcEvent: IpcRendererEvent, name: unknown, payload: unknown) => {
      if (name === event) listener(payload);
    };
    ipcRenderer.on(electronChannels.event, forward);
    return () => {
      ipcRenderer.removeListener(electronChannels.event, forward);
    };
  },
};

contextBridge.exposeInMainWorld(bridgeGlobalName, bridge);
