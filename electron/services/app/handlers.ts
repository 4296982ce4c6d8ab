// 'app.info': which app is running (desktop or browser mode) and what it can do, so the UI shows only what works.
import type { Handlers } from '../../../shared/api/contract';
import type { AppMode } from '../../../shared/api/calls/app';

// 'app.flushed': the renderer's answer to the desktop shell's flush request before a window closes or the app quits.
export type AppDeps = { mode?: AppMode; canOpenFiles?: boolean; onFlushed?: (requestId: string) => boolean };

export function createAppHandlers(deps: AppDeps): Pick<Handlers, 'app.info' | 'app.flushed'> {
  const mode = deps.mode ?? 'web';
  return {
    'app.info': () => ({ mode, canOpenFiles: mode === 'electron' && deps.canOpenFiles === true }),
    'app.flushed': ({ requestId }) => ({ received: deps.onFlushed?.(requestId) ?? false }),
  };
}
