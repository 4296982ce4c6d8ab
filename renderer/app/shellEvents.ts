// Carries out what the desktop shell's menu asks of the renderer (another plan opened, show a page, a share result, an error).
import type { ShellEvent } from '../../shared/api/shellEvents';
import { useMergeStore } from '../features/merge/mergeSlice';
import { api } from '../api/client';
import { runMenuHistory } from '../commands/historyKeys';
import { stepHistory } from '../commands/commandBus';
import { flushAllWrites } from './pendingWrites';
import { FILE_PAGES, ROUTES } from './routes';
import { usePlanStore } from './planStore';

export function handleShellEvent(event: ShellEvent): void {
  const store = usePlanStore.getState();
  switch (event.kind) {
    case 'plan-changed':
      void store.load();
      return;
    case 'show-page':
      window.location.hash = ROUTES.find((r) => r.id === event.page)?.path ?? '#/plan';
      return;
    case 'show-merge':
      window.location.hash = FILE_PAGES[0].path;
      void useMergeStore.getState().showCopies(event.paths);
      return;
    case 'shared':
      store.showNotice({ kind: 'shared', emlPath: event.emlPath, opened: event.opened });
      return;
    case 'error':
      store.showError(event.error);
      return;
    case 'history':
      runMenuHistory(event.step, document, (step) => void stepHistory(step), /Mac/.test(navigator.platform));
      return;
    case 'flush-request':
      void flushAllWrites().finally(() => void api.call('app.flushed', { requestId: event.requestId }));
      return;
  }
}
