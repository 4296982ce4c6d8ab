// Bench page (not part of the app bundle): mounts either Planverk's ChapterEditor or a bare Tiptap + Collaboration
// editor on the same Yjs state, and times keystrokes inside the page.
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { Editor } from '@tiptap/core';
import Collaboration from '@tiptap/extension-collaboration';
import { TextSelection, type EditorState } from '@tiptap/pm/state';
import StarterKit from '@tiptap/starter-kit';
import { createRoot, type Root } from 'react-dom/client';
import * as Y from 'yjs';
import type { Comment } from '../../../shared/domain/comment';
import type { Person } from '../../../shared/domain/person';
import type { Chapter } from '../../../shared/domain/plan';
import type { PlanView } from '../../../shared/domain/planView';
import { SPELL_ERROR_CLASS, spellPending } from '../../../shared/editor/spellDecorations';
import { usePlanStore } from '../../../renderer/app/planStore';
import { ChapterEditor } from '../../../renderer/editor/ChapterEditor';
import { fromBase64 } from '../../../renderer/editor/yUpdateBatcher';
import { ChapterComments } from '../../../renderer/features/comments/ChapterComments';
import { useCommentsView } from '../../../renderer/features/comments/commentActions';

type View = {
  state: { doc: { content: { size: number }; resolve: (pos: number) => { parent: { inlineContent: boolean } } }; tr: { insertText: (t: string, pos: number) => unknown } };
  dispatch: (tr: unknown) => void;
};
let root: Root | null = null;
let bare: Editor | null = null;
const sent = { updates: 0, bodies: 0 };

function appEditor(): Editor {
  const el = document.querySelector('.ProseMirror') as (HTMLElement & { editor?: Editor }) | null;
  if (!el?.editor) throw new Error('no editor');
  return el.editor;
}

function view(): View {
  if (bare) return bare.view as unknown as View;
  return appEditor().view as unknown as View;
}

const nextFrame = () => new Promise((r) => requestAnimationFrame(() => r(null)));
const BENCH_PERSON: Person = { id: 'p-bench', name: 'Benk Bruker', initials: 'BB', group: null };

const bench = {
  /** `spellCheck` false: the same editor without the spell-check (its keystroke cost is compared with it on). */
  async mountApp(stateBase64: string, spellCheck = true, suggestAs: Person | null = null): Promise<void> {
    const host = document.getElementById('root')!;
    root = createRoot(host);
    root.render(
      <FluentProvider theme={webLightTheme}>
        <ChapterEditor
          chapterId="bench"
          title="Benk"
          initialStateBase64={stateBase64}
          onUpdate={() => sent.updates++}
          onBody={() => sent.bodies++}
          onAddImage={async () => ''}
          resolveAsset={() => null}
          spellCheck={spellCheck}
          suggest={suggestAs ? { enabled: true, author: suggestAs, onToggle: () => undefined } : undefined}
        />
      </FluentProvider>,
    );
    while (!document.querySelector('.ProseMirror')) await new Promise((r) => setTimeout(r, 20));
  },
  /**
   * Opens a chapter as the chapter page does: the editor from the Yjs state (its suggestion list beside it, spell-check
   * off) and below it the comments pane (ChapterComments) with the plan's comments on it, which resolves their anchors
   * in the editor's own Y.Doc and highlights their ranges. Returns the ms until the editor's text and the suggestion
   * list beside it are on screen (`paint`: what the window shows at opening), until the comments pane under the text
   * has drawn its threads (`comments`), and until every open comment's range is highlighted as well (`complete`).
   */
  async open(stateBase64: string, comments: Comment[]): Promise<{ editor: number; paint: number; comments: number; complete: number }> {
    usePlanStore.setState({ plan: { comments } as unknown as PlanView });
    useCommentsView.setState({ me: BENCH_PERSON, loadMe: async () => undefined });
    const t0 = performance.now();
    performance.mark('open:start');
    const host = document.getElementById('root')!;
    root = createRoot(host);
    const chapter = { id: 'bench', title: 'Benk', kind: 'chapter' } as Chapter;
    root.render(
      <FluentProvider theme={webLightTheme}>
        <ChapterEditor chapterId="bench" title="Benk" initialStateBase64={stateBase64} onUpdate={() => sent.updates++} onBody={() => sent.bodies++} onAddImage={async () => ''} resolveAsset={() => null} spellCheck={false} />
        <ChapterComments chapter={chapter} />
      </FluentProvider>,
    );
    const until = async (done: () => boolean) => {
      while (!done()) await nextFrame();
    };
    // The editor shows the chapter's text (not only an empty editor).
    await until(() => document.querySelector('.ProseMirror p') !== null);
    const t1 = performance.now();
    performance.mark('open:editor');
    // What the window shows at opening: the text, and beside it the suggestion list with its entries when the text
    // holds suggestions.
    await until(() => {
      const s = bench.shown();
      return s.ins + s.del === 0 || s.listed > 0;
    });
    await nextFrame();
    const t2 = performance.now();
    performance.mark('open:paint');
    // The comments pane under the text has drawn its threads (all, or the first page with «Vis flere» naming the rest).
    await until(() => {
      const s = bench.shown();
      return s.cards + s.moreCards === comments.length && (comments.length > 0 || s.none);
    });
    await nextFrame();
    const t3 = performance.now();
    performance.mark('open:comments');
    await until(() => bench.shown().highlighted === comments.filter((c) => !c.resolved).length);
    await nextFrame();
    const t4 = performance.now();
    performance.mark('open:complete');
    return { editor: t1 - t0, paint: t2 - t0, comments: t3 - t0, complete: t4 - t0 };
  },
  /** What the open chapter shows: suggestion marks, the suggestion list's entries and comment highlights. */
  shown(): { ins: number; del: number; listed: number; highlighted: number; heading: string; cards: number; moreCards: number; none: boolean } {
    const more = document.querySelector('[aria-labelledby="chapter-comments-heading"] [data-show-more]')?.getAttribute('data-show-more');
    return {
      heading: document.querySelector('aside h3')?.textContent ?? '',
      cards: document.querySelectorAll('[data-comment-id]').length,
      moreCards: more ? Number(more) : 0,
      none: document.querySelector('[aria-labelledby="chapter-comments-heading"] [data-no-comments]') !== null,
      ins: document.querySelectorAll('.ProseMirror ins.plan-suggestion').length,
      del: document.querySelectorAll('.ProseMirror del.plan-suggestion').length,
      listed: document.querySelectorAll('[data-suggestion-entry]').length,
      highlighted: new Set([...document.querySelectorAll('.ProseMirror [data-comment]')].map((e) => e.getAttribute('data-comment'))).size,
    };
  },
  mountBare(stateBase64: string): void {
    const ydoc = new Y.Doc();
    Y.applyUpdate(ydoc, fromBase64(stateBase64));
    const el = document.createElement('div');
    document.getElementById('root')!.appendChild(el);
    bare = new Editor({ element: el, extensions: [StarterKit.configure({ undoRedo: false, trailingNode: false }), Collaboration.configure({ document: ydoc })] });
  },
  /**
   * Inserts `count` characters one transaction at a time from the first text position at or after `at` (0–1 of the
   * document); returns each one's ms and where it typed, so the caller can check both editors typed at the same place.
   */
  async type(count: number, at: number): Promise<{ times: number[]; pos: number; size: number }> {
    const times: number[] = [];
    const v = view();
    const doc = v.state.doc;
    let pos = Math.floor(doc.content.size * at);
    while (!doc.resolve(pos).parent.inlineContent) pos++;
    const start = pos;
    for (let i = 0; i < count; i++) {
      const t0 = performance.now();
      v.dispatch(v.state.tr.insertText('a', pos++));
      // React's subscribers (the toolbar state) run in a microtask queued by the transaction: include them.
      await Promise.resolve();
      times.push(performance.now() - t0);
      // Let the frame render between keystrokes, as between real key presses.
      await new Promise((r) => requestAnimationFrame(() => r(null)));
    }
    return { times, pos: start, size: doc.content.size };
  },
  /** Resolves when the spell-check has checked every block (its worker answered); returns the ms it waited. */
  async spellSettled(): Promise<number> {
    const t0 = performance.now();
    while (spellPending(view().state as never)) await new Promise((r) => setTimeout(r, 5));
    return performance.now() - t0;
  },
  /** Resolves when the first misspelling of the open chapter is underlined; returns the ms it waited. */
  async firstUnderline(): Promise<number> {
    const t0 = performance.now();
    while (!document.querySelector(`.ProseMirror .${SPELL_ERROR_CLASS}`)) await new Promise((r) => setTimeout(r, 5));
    return performance.now() - t0;
  },
  /** Types `text` one key a frame from the first text position at or after `at` (0–1 of the document). */
  async typeText(text: string, at: number): Promise<void> {
    const v = view();
    let pos = Math.floor(v.state.doc.content.size * at);
    while (!v.state.doc.resolve(pos).parent.inlineContent) pos++;
    // The cursor goes there first, as when the adviser clicks: the spell-check looks at the cursor's surroundings first.
    for (const key of text) {
      const state = v.state as unknown as EditorState;
      v.dispatch(state.tr.setSelection(TextSelection.create(state.doc, pos)).insertText(key, pos++));
      await nextFrame();
    }
  },
  /**
   * Types ` word ` at `at`, then returns the ms from the last key until the word is underlined on screen (the
   * spell-check's pause after typing included, as the adviser sees it).
   */
  async typeUntilUnderlined(word: string, at: number): Promise<number> {
    const shown = () => document.querySelectorAll(`.ProseMirror .${SPELL_ERROR_CLASS}[data-spell-word="${word}"]`).length;
    const before = shown();
    await bench.typeText(` ${word} `, at);
    const t0 = performance.now();
    while (shown() <= before) await new Promise((r) => setTimeout(r, 2));
    return performance.now() - t0;
  },
  unmount(): void {
    root?.unmount();
    root = null;
    bare?.destroy();
    bare = null;
    document.getElementById('root')!.innerHTML = '';
  },
  /** Unmounts, then lets the page come to rest (its idle work and the unmount's garbage) before the next variant. */
  async unmountSettled(): Promise<void> {
    bench.unmount();
    for (let i = 0; i < 2; i++) await new Promise((r) => requestIdleCallback(() => r(null), { timeout: 2000 }));
  },
  sent: () => ({ ...sent }),
};

(window as unknown as { bench: typeof bench }).bench = bench;
