// 'app.info': which app is running (desktop or browser mode) and what it can do, so the UI shows only what works.
import type { Handlers } from '../../../shared/api/contract';
import type { AppMode } from '../../../shared/api/calls/app';

export type AppDeps = { mode?: AppMode; canOpenFiles?: boolean };

export function createAppHandlers(deps: AppDeps): Pick<Handlers, 'app.info'> {
  const mode = deps.mode ?? 'web';
  return { 'app.info': () => ({ mode, canOpenFiles: mode === 'electron' && deps.canOpenFiles === true }) };
}
