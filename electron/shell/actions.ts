// What the menu, the command line, file association and drag-and-drop do: each a call through the typed API,
// with the outcome reported to the renderer as a ShellEvent.
import { join } from 'node:path';
import type { ArgsOf, CallName, Handlers, ResultOf } from '../../shared/api/contract';
import { ERROR_MESSAGES, type ApiResult } from '../../shared/api/errors';
import type { ShellEvent } from '../../shared/api/shellEvents';
import { dispatch } from '../services/api/dispatch';
import { isPlanFilePath } from './fileArgs';

export type ShellPorts = {
  handlers: () => Handlers;
  send: (event: ShellEvent) => void;
  choosePlanToOpen: () => Promise<string | null>;
  chooseCopyToMerge: () => Promise<string[] | null>;
  choosePlanTarget: (title: string, defaultPath: string) => Promise<string | null>;
  /** Tells the OS about a used file (jump list, Dock) and rebuilds the recent-files menu. */
  noteRecent: (path: string) => void;
  documentsDir: string;
};

export type ShellActions = ReturnType<typeof createShellActions>;

export function createShellActions(ports: ShellPorts) {
  const call = <K extends CallName>(name: K, args: ArgsOf<K>) => dispatch(ports.handlers(), name, args) as Promise<ApiResult<ResultOf<K>>>;

  /** Reports a failure to the renderer; returns the value on success. */
  const settle = <T>(result: ApiResult<T>): T | undefined => {
    if (result.ok) return result.value;
    ports.send({ kind: 'error', error: result.error });
    return undefined;
  };

  const opened = (path: string): void => {
    ports.noteRecent(path);
    ports.send({ kind: 'plan-changed' });
  };

  return {
    async openPath(path: string): Promise<void> {
      if (settle(await call('file.open', { path }))) opened(path);
    },
    async openWithDialog(): Promise<void> {
      const path = await ports.choosePlanToOpen();
      if (path) await this.openPath(path);
    },
    async newPlan(): Promise<void> {
      const path = await ports.choosePlanTarget('Ny plan', join(ports.documentsDir, 'Ny plan.planverk'));
      // The save dialog has asked before returning an existing file's path: the user chose to replace it.
      if (path && settle(await call('file.new', { path, sample: false, overwrite: true }))) opened(path);
    },
    async saveAs(): Promise<void> {
      const current = settle(await call('file.current', {}));
      const suggested = join(ports.documentsDir, `${current?.title.trim() || 'Plan'} – kopi.planverk`);
      const path = await ports.choosePlanTarget('Lagre som', suggested);
      if (path && settle(await call('file.saveAs', { path }))) opened(path);
    },
    async shareByEmail(suggest = false): Promise<void> {
      // The handler writes the draft and opens it through the shell's openDraft (share.ts), which reports success.
      settle(await call('file.shareByEmail', suggest ? { suggest: true } : {}));
    },
    /** «Slå sammen med kopier …»: the renderer shows what the chosen copies bring and merges them when asked. */
    async mergeCopy(): Promise<void> {
      const current = settle(await call('file.current', {}));
      if (current === undefined) return;
      if (current === null) {
        ports.send({ kind: 'error', error: { code: 'NO_PLAN_OPEN', message: ERROR_MESSAGES.NO_PLAN_OPEN } });
        return;
      }
      const chosen = await ports.chooseCopyToMerge();
      if (chosen === null) return;
      // The dialog's answer is checked like any path from outside: each an absolute path to an existing .planverk file.
      const bad = chosen.find((path): boolean => !isPlanFilePath(path));
      if (bad === undefined) ports.send({ kind: 'show-merge', paths: chosen });
      else ports.send({ kind: 'error', error: { code: 'NOT_FOUND_FILE', message: ERROR_MESSAGES.NOT_FOUND_FILE, detail: bad.slice(0, 300) } });
    },
    exportPlan(): void {
      ports.send({ kind: 'show-page', page: 'export' });
    },
    /** «Angre» / «Gjør om»: the renderer's one command path decides whose undo it is (text field, chapter, plan). */
    history(step: 'undo' | 'redo'): void {
      ports.send({ kind: 'history', step });
    },
  };
}
