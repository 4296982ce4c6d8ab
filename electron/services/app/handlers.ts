// 'app.info': which app is running (desktop or browser mode) and what it can do, so the UI shows only what works.
import type { Handlers } from '../../../shared/api/contract';
import type { AppMode } from '../../../shared/api/calls/app';
import type { UiLanguage } from '../../../shared/i18n';

// 'app.flushed': the renderer's answer to the desktop shell's flush request before a window closes or the app quits.
// 'app.uiLanguage': the renderer's UI language, for the desktop menu.
export type AppDeps = { mode?: AppMode; canOpenFiles?: boolean; onFlushed?: (requestId: string) => boolean; onUiLanguage?: (language: UiLanguage) => void };

export function createAppHandlers(deps: AppDeps): Pick<Handlers, 'app.info' | 'app.flushed' | 'app.uiLanguage'> {
  const mode = deps.mode ?? 'web';
  return {
    'app.info': () => ({ mode, canOpenFiles: mode === 'electron' && deps.canOpenFiles === true }),
    'app.flushed': ({ requestId }) => ({ received: deps.onFlushed?.(requestId) ?? false }),
    'app.uiLanguage': ({ language }) => {
      if (!deps.onUiLanguage) return { applied: false };
      deps.onUiLanguage(language);
      return { applied: true };
    },
  };
}
