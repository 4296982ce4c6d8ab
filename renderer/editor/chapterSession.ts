// The non-React half of a chapter editor: its Y.Doc, the batched updates to the page, and the work that waits until
// typing pauses (Tiptap JSON, word count). One per chapter state; the component only wires it to React.
import type { Editor } from '@tiptap/core';
import * as Y from 'yjs';
import type { RichText } from '../../shared/domain/plan';
import { loadYState } from '../../shared/editor/yjs';
import { withoutNullBreaks } from '../../shared/editor/nodes/paragraphBreak';
import { chapterEditorExtensions, type RenderLiveBlock, type ResolveAsset } from './editorExtensions';
import type { SpellLanguage } from '../../shared/spell/speller';
import { drawChapter } from './drawChapter';
import { checkBlocks } from './spell/spellClient';
import type { SuggestState } from './suggestMode';
import { whenIdle } from '../app/whenIdle';
import { countWords } from './wordCount';
import { batchYUpdates, fromBase64, toBase64, type UpdateBatcher } from './yUpdateBatcher';

export type SessionCallbacks = {
  onUpdate: (updateBase64: string) => void;
  onBody: (json: RichText) => void;
  resolveAsset: ResolveAsset;
  groups?: readonly { id: string; name: string }[];
  onWordCount?: (words: number) => void;
  renderLiveBlock?: RenderLiveBlock;
  /** Typing has started a new batch: edits are in the page only until onUpdate. */
  onHold?: () => void;
};

/** The longest an opened chapter's word count waits for the browser to be idle (ms). */
const FIRST_COUNT_AT_LATEST_MS = 1000;

export class ChapterSession {
  readonly ydoc = new Y.Doc();
  readonly extensions;
  private callbacks: SessionCallbacks;
  private batcher: UpdateBatcher | null = null;
  private idleTimer: ReturnType<typeof setTimeout> | null = null;
  private editor: Editor | null = null;
  private wordListener: ((words: number) => void) | null = null;
  /** The language the text is checked in and the words accepted (plan's and personal list), read at each check. */
  private spell: { lang: SpellLanguage; words: string[] } = { lang: 'nb', words: [] };
  /** «Foreslå endringer» and who suggests: set by the component, read by the editor on each transaction. */
  private suggest: SuggestState = { enabled: false, author: null };
  /** The editor the chapter's text was drawn in (drawChapter.ts), and who waits for that. */
  private drawnIn: Editor | null = null;
  private readonly drawnListeners = new Set<() => void>();

  constructor(initialStateBase64: string, callbacks: SessionCallbacks, private readonly idleMs = 1000, spellCheck = true) {
    this.callbacks = callbacks;
    // The stored state is applied before anyone listens: it is not a change to send back.
    if (initialStateBase64) loadYState(this.ydoc, fromBase64(initialStateBase64));
    this.extensions = chapterEditorExtensions({
      ydoc: this.ydoc,
      resolveAsset: (id) => this.callbacks.resolveAsset(id),
      groupName: (id) => this.callbacks.groups?.find((g) => g.id === id)?.name ?? null,
      renderLiveBlock: () => this.callbacks.renderLiveBlock,
      spellCheck: spellCheck ? (blocks) => checkBlocks(this.spell.lang, this.spell.words, blocks) : undefined,
      suggest: () => this.suggest,
    });
  }

  /** Draws the chapter's text in the editor once it is on the page; those waiting for the text are told. */
  draw(editor: Editor): void {
    if (this.drawnIn === editor || editor.isDestroyed) return;
    drawChapter(editor);
    this.drawnIn = editor;
    this.drawnListeners.forEach((listener) => listener());
  }

  /** For useSyncExternalStore: whether the text is drawn, and a subscription to when it is. */
  isDrawn = (): boolean => this.drawnIn !== null;
  onDrawn = (listener: () => void): (() => void) => {
    this.drawnListeners.add(listener);
    return () => this.drawnListeners.delete(listener);
  };

  setSuggest(state: SuggestState): void {
    this.suggest = state;
  }

  setCallbacks(callbacks: SessionCallbacks): void {
    this.callbacks = callbacks;
  }

  /** Sets the spell-check's language and accepted words; true when they changed (the text must be checked again). */
  setSpelling(lang: SpellLanguage, words: string[]): boolean {
    const same = lang === this.spell.lang && words.length === this.spell.words.length && words.every((w, i) => w === this.spell.words[i]);
    this.spell = { lang, words };
    return !same;
  }

  spellWords = (): string[] => this.spell.words;

  /** Starts sending updates; returns the stop function (which sends what is still waiting). */
  attach(editor: Editor, onWords: (words: number) => void): () => void {
    this.editor = editor;
    this.wordListener = onWords;
    this.batcher = batchYUpdates(this.ydoc, (u) => this.callbacks.onUpdate(toBase64(u)), { onHold: () => this.callbacks.onHold?.() });
    // Counted when the browser is first idle after the first paint (≤ 1 s): a long chapter opens without waiting for it
    // (a timer of 0 ms ran before the frame after the first paint, 6–30 ms in a 300-page chapter, bench suggestEditor).
    const cancelFirst = whenIdle(() => this.countWords(), FIRST_COUNT_AT_LATEST_MS);
    return () => {
      cancelFirst();
      this.batcher?.dispose();
      this.batcher = null;
      if (this.idleTimer !== null) this.settle();
      this.wordListener = null;
      this.editor = null;
    };
  }

  /** Called on every transaction that changed the document: one timer reset, nothing O(n). */
  touched(): void {
    if (this.idleTimer !== null) clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => this.settle(), this.idleMs);
  }

  /** Sends the Yjs updates waiting in the batch now (e.g. before the page switches chapter or saves). */
  flush(): void {
    this.batcher?.flush();
  }

  /** True while typed text waits in the batch. */
  holding(): boolean {
    return this.batcher?.holding() ?? false;
  }

  private settle(): void {
    if (this.idleTimer !== null) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    const ed = this.editor;
    if (!ed || ed.isDestroyed) return;
    // The waiting updates go first, so the page can send the body together with the state it describes.
    this.batcher?.flush();
    this.callbacks.onBody(withoutNullBreaks(ed.getJSON() as RichText));
    this.countWords();
  }

  private countWords(): void {
    const ed = this.editor;
    if (!ed || ed.isDestroyed) return;
    const words = countWords(ed.state.doc);
    this.wordListener?.(words);
    this.callbacks.onWordCount?.(words);
  }
}
