// What the running app can do: the desktop app (Electron) can open files with the system; the browser mode cannot.
import { z } from 'zod';
import { call, result } from '../define';
import { UI_LANGUAGES } from '../../i18n';

export type AppMode = 'electron' | 'web';
export type AppInfo = { mode: AppMode; canOpenFiles: boolean };

export const appCalls = {
  'app.info': call(z.object({}), result<AppInfo>()),
  /** The renderer's answer to a `flush-request` shell event: every edit it held has been answered by the services. */
  'app.flushed': call(z.object({ requestId: z.string().min(1).max(100) }), result<{ received: boolean }>()),
  /** The UI language the user chose: the desktop shell builds its menu in it (the browser has no menu: applied false). */
  'app.uiLanguage': call(z.object({ language: z.enum(UI_LANGUAGES) }), result<{ applied: boolean }>()),
};
