import { BrowserWindow, ipcMain } from 'electron';
import { electronChannels } from '@shared/contract/wire';
import type { AppCore } from '../app-core';
import { isAppUrl } from '../security/app-origin';

/** Carries the contract over Electron IPC: calls from the app's own frames only; events to every window. */
export function bindContractToIpc(core: AppCore): void {
  ipcMain.handle(electronChannels.call, (event, method: unknown, params: unknown) => {
    if (!event.senderFrame || !isAppUrl(event.senderFrame.url)) {
      return { ok: false, error: { code: 'invalid_request', message: 'Calls are accepted only from the Parley window' } };
    }
    return core.dispatch(method, params);
  });
  core.onEvent((name, payload) => {
    for (const window of BrowserWindow.getAllWindows()) window.webContents.send(electronChannels.event, name, payload);
  });
}
