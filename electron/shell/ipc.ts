// IPC wiring: one invoke channel for the typed API, one channel for files dropped on the window.
// Only our own page (app:// origin, top frame) may call; arguments are validated by dispatch() like every transport.
import type { IpcMain, IpcMainEvent, IpcMainInvokeEvent, WebFrameMain } from 'electron';
import type { Handlers } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/errors';
import { dispatch } from '../services/api/dispatch';
import { DROP_CHANNEL, INVOKE_CHANNEL } from './channels';
import { isPlanFilePath } from './fileArgs';
import { isAppUrl } from './protocol';

/** True for the top frame of a page served from app://planverk; false for iframes, other origins and gone frames. */
export function isTrustedSender(frame: WebFrameMain | null | undefined): boolean {
  return !!frame && frame.parent === null && isAppUrl(frame.url);
}

export class ForeignSenderError extends Error {
  constructor() {
    super('Forespørselen kom ikke fra Planverk og ble avvist.');
  }
}

export function handleInvoke(handlers: () => Handlers, event: IpcMainInvokeEvent, name: unknown, args: unknown): Promise<ApiResult<unknown>> {
  if (!isTrustedSender(event.senderFrame)) return Promise.reject(new ForeignSenderError());
  return dispatch(handlers(), name, args);
}

export function handleDrop(openPlan: (path: string) => void, event: IpcMainEvent, path: unknown): void {
  if (isTrustedSender(event.senderFrame) && isPlanFilePath(path)) openPlan(path);
}

export function registerIpc(ipcMain: IpcMain, handlers: () => Handlers, openPlan: (path: string) => void): void {
  ipcMain.handle(INVOKE_CHANNEL, (event, name: unknown, args: unknown) => handleInvoke(handlers, event, name, args));
  ipcMain.on(DROP_CHANNEL, (event, path: unknown) => handleDrop(openPlan, event, path));
}
