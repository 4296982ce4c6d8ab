// What the desktop shell tells the renderer (menu commands and their outcomes), and the bridge the preload exposes.
import type { Invoke } from './contract';
import type { ApiError } from './errors';

export type ShellEvent =
  /** Another plan was opened, created or saved under a new name from the menu: reload file.current and plan.load. */
  | { kind: 'plan-changed' }
  /** A menu item that the renderer carries out itself, such as «Eksporter …». */
  | { kind: 'show-page'; page: 'export' }
  /** «Slå sammen med kopier …»: show the merge page with the copies the user chose (their preview, then «Slå sammen»). */
  | { kind: 'show-merge'; paths: string[] }
  /** «Del på e-post» wrote a draft; `opened` is false when the mail program could not open it and the folder was shown. */
  | { kind: 'shared'; emlPath: string; copyPath: string; opened: boolean }
  /** «Angre» / «Gjør om» in the Rediger menu: the renderer routes it by focus (text field, chapter editor, the plan). */
  | { kind: 'history'; step: 'undo' | 'redo' }
  /** A menu action failed; show the Norwegian sentence. */
  | { kind: 'error'; error: ApiError }
  /** The window is closing or the app quitting: send every held edit, then answer with app.flushed { requestId }. */
  | { kind: 'flush-request'; requestId: string };

/** `window.planverk` in the desktop app: typed calls and menu events, nothing else. */
export type PlanverkBridge = {
  invoke: Invoke;
  /** Subscribes to shell events; returns the unsubscribe function. */
  onMenuCommand: (listener: (event: ShellEvent) => void) => () => void;
};
