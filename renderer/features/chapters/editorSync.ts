// The editor's way to the file: Yjs updates go through chapter.appendUpdate one after another (the file derives the
// chapter's JSON from its Yjs document), and anything that reads or rewrites chapters first waits for what is still on its way.
import type { RichText } from '../../../shared/domain/plan';
import { api } from '../../api/client';
import { noteWriteOutcome, noteWriteState, registerWriteSource, type WriteState } from '../../app/pendingWrites';
import { usePlanStore } from '../../app/planStore';
import { flush, noteSaved, showStored } from '../../commands/commandBus';

type Pending = { chapterId: string; updateBase64: string };
type EditorFlush = { flush: () => void; holding: () => boolean };

let pending: Pending | null = null;
let stateEpoch = 0;
let chain: Promise<void> = Promise.resolve();
let sending = 0;
const flushers = new Set<EditorFlush>();

async function append(p: Pending): Promise<void> {
  sending++;
  noteWriteState();
  try {
    const result = await api.call('chapter.appendUpdate', p);
    noteWriteOutcome(result.ok && result.value.pendingChanges === 0);
    if (!result.ok) usePlanStore.getState().showError(result.error);
    else noteSaved(result.value.savedAt);
  } finally {
    sending--;
    noteWriteState();
  }
}

function sendPending(): void {
  const p = pending;
  pending = null;
  if (!p) return;
  chain = chain.then(() => append(p));
}

function editorState(): WriteState {
  if (pending || [...flushers].some((f) => f.holding())) return 'held';
  return sending > 0 ? 'sending' : 'idle';
}

registerWriteSource({
  state: editorState,
  sendNow() {
    for (const f of flushers) f.flush();
    const p = pending;
    pending = null;
    // Started in this task, not behind the chain: Yjs updates merge in any order.
    if (p) chain = Promise.all([chain, append(p)]).then(() => undefined);
  },
  settle: settleEditor,
});

/** The editor started holding typed text (a new batch): the header stops saying «Lagret». */
export function noteEditorHolding(): void {
  noteWriteState();
}

/** A merged Yjs update from the editor, sent in a microtask (updates of one task go out together, in order). */
export function queueChapterUpdate(chapterId: string, updateBase64: string): void {
  // An update still waiting (another chapter's, or a flush right before a dispose) goes first, on its own.
  sendPending();
  pending = { chapterId, updateBase64 };
  noteWriteState();
  queueMicrotask(sendPending);
}

/** Which generation of editor states is current: EditorPane notes it when it asks for a chapter's state. */
export function editorStateEpoch(): number {
  return stateEpoch;
}

/**
 * The file's chapters changed under the editors (replace-all, undo, import): an editor built before this still computes
 * bodies from its old state (e.g. the pause timer of text typed just before), and those must reach neither the file
 * nor the cache. Its Yjs updates still go: they merge with the new state.
 */
export function supersedeEditorStates(): void {
  stateEpoch++;
}

/**
 * The body when typing pauses, for the page's cache (plan word count, accessibility check); the file derives its own
 * from the Yjs state and never takes the editor's. A body from an editor whose state is older than the last
 * supersedeEditorStates() is dropped.
 */
export function noteChapterBody(chapterId: string, body: RichText, epoch: number): void {
  if (epoch !== stateEpoch) return;
  showStored([{ table: 'chapters', id: chapterId, column: 'body', value: body }]);
}

/** The open editor registers how to send what its batch still holds. */
export function registerEditorFlush(flush: () => void, holding: () => boolean = () => false): () => void {
  const entry = { flush, holding };
  flushers.add(entry);
  return () => {
    flushers.delete(entry);
    noteWriteState();
  };
}

/** Sends every waiting editor update and field change, and resolves when the file has them. */
export async function settleEditor(): Promise<void> {
  for (const f of flushers) f.flush();
  await Promise.resolve();
  sendPending();
  await chain;
  await flush();
}
