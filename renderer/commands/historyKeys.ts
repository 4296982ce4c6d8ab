// The one place Ctrl+Z / Ctrl+Y / Ctrl+Shift+Z (and the desktop menu's «Angre» / «Gjør om») are decided. Where the
// focus is says whose undo it is: a text field's own typing, a rich-text editor's own history (the chapter text is
// Yjs's UndoManager, which tracks only this client's edits), or else the plan's last step through the command path.
import type { HistoryStep } from './commandCore';

type KeyLike = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>;
export type HistoryTarget = 'rich-text' | 'text-field' | 'plan';

/** Ctrl+Z undoes, Ctrl+Y or Ctrl+Shift+Z redoes (⌘ on a Mac): the keys Word and Excel users reach for. */
export function decideHistoryKey(event: KeyLike): HistoryStep | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !event.shiftKey) return 'redo';
  return null;
}

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'email', 'url', 'tel', 'number', 'password', 'date', '']);

/** Whose history a step belongs to when `el` has the focus. */
export function historyTargetOf(el: Element | null): HistoryTarget {
  if (!el || typeof HTMLElement === 'undefined' || !(el instanceof HTMLElement)) return 'plan';
  if (el.isContentEditable) return 'rich-text';
  if (el.tagName === 'TEXTAREA') return 'text-field';
  if (el.tagName === 'INPUT' && TEXT_INPUT_TYPES.has((el.getAttribute('type') ?? '').toLowerCase())) return 'text-field';
  return 'plan';
}

export type RunPlanStep = (step: HistoryStep) => unknown;

/**
 * Installs the one keyboard handler for the app. Keys in a text field or editor are left to it (the browser's text
 * undo, the editor's keymap); elsewhere the plan's last step is undone or redone.
 */
export function installHistoryKeys(target: Document, runPlanStep: RunPlanStep): () => void {
  const onKey = (event: KeyboardEvent) => {
    const step = decideHistoryKey(event);
    if (!step || event.defaultPrevented || historyTargetOf(event.target as Element | null) !== 'plan') return;
    event.preventDefault();
    runPlanStep(step);
  };
  target.addEventListener('keydown', onKey);
  return () => target.removeEventListener('keydown', onKey);
}

/**
 * The menu's «Angre» / «Gjør om» (a shell event): routed by the focused element as the keys are. A text field gets the
 * browser's own text undo; a rich-text editor gets its keymap's key, so its own history (Yjs in a chapter) answers.
 */
export function runMenuHistory(step: HistoryStep, doc: Document, runPlanStep: RunPlanStep, mac: boolean): void {
  const el = doc.activeElement;
  const target = historyTargetOf(el);
  if (target === 'plan') {
    runPlanStep(step);
    return;
  }
  if (target === 'text-field') {
    doc.execCommand(step);
    return;
  }
  el!.dispatchEvent(
    new KeyboardEvent('keydown', { key: 'z', code: 'KeyZ', ctrlKey: !mac, metaKey: mac, shiftKey: step === 'redo', bubbles: true, cancelable: true }),
  );
}
