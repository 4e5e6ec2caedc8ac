import { BrowserWindow, ipcMain, type WebFrameMain } from 'electron';
import type { Result } from '@shared/contract/error';
import { electronChannels } from '@shared/contract/wire';
import type { AppCore } from '../app-core';
import { isAppUrl } from '../security/app-origin';

const foreignSender: Result<never> = {
  ok: false,
  error: { code: 'invalid_request', message: 'Calls are accepted only from the Parley window' },
};

function isAppFrame(frame: WebFrameMain | null): boolean {
  return frame !== null && isAppUrl(frame.url);
}

/** Carries the contract over Electron IPC: calls from the app's own frames only; events to the app's windows. */
export function bindContractToIpc(core: AppCore): void {
  ipcMain.handle(electronChannels.call, (event, method: unknown, params: unknown) =>
    isAppFrame(event.senderFrame) ? core.dispatch(method, params) : foreignSender,
  );
  core.onEvent((name, payload) => {
    for (const window of BrowserWindow.getAllWindows()) {
      const { webContents } = window;
      if (!webContents.isDestroyed() && isAppUrl(webContents.getURL())) webContents.send(electronChannels.event, name, payload);
    }
  });
}
