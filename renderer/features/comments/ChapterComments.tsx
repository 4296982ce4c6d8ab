// The comments pane of the open chapter: its threads in text order, «Kommenter markert tekst» (Ctrl+Alt+M in the
// editor, as in Word) on the editor's selection, and the commented ranges highlighted in the editor. Anchors are
// made and resolved in the editor's own Y.Doc (shared/editor/commentAnchors.ts), so they match what is on screen.
// Opening a long chapter with hundreds of comments stays quick (bench suggestEditor): the pane is under the text, off
// screen when a chapter opens, so its threads are resolved and drawn when the browser is first idle after the chapter is
// on screen, 50 at a time («Vis flere kommentarer»); the ranges are highlighted at the next idle moment after that.
// Commenting the selection (button, Ctrl+Alt+M) works from the start.
import type { Editor, TiptapEditorHTMLElement } from '@tiptap/core';
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import type * as Y from 'yjs';
import { commentThreads, type Comment } from '../../../shared/domain/comment';
import type { Chapter } from '../../../shared/domain/plan';
import { anchorRange, resolveCommentAnchors, type ResolvedAnchor } from '../../../shared/editor/commentAnchors';
import { useT } from '../../app/i18n';
import { usePlanStore } from '../../app/planStore';
import { useIdleSinceMount, whenIdle } from '../../app/whenIdle';
import { ShowMoreButton, usePagedList } from '../../components/pagedList';
import { showCommentRanges } from '../../editor/commentHighlight';
import { CommentForm, CommentThreadCard } from './CommentThreadCard';
import { useCommentsView, writeComment } from './commentActions';
import { useCommentStyles } from './commentStyles';

const useStyles = makeStyles({
  pane: { borderTop: `1px solid ${tokens.colorNeutralStroke2}`, marginTop: '16px', paddingTop: '8px' },
  help: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  status: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clipPath: 'inset(50%)' },
});

const NO_COMMENTS: readonly Comment[] = [];
type Anchors = ReadonlyMap<string, ResolvedAnchor>;
const NO_ANCHORS: Anchors = new Map();
/** How long typing must pause before the anchors are resolved again (decorations are mapped meanwhile). */
const RESOLVE_IDLE_MS = 400;
/** On a busy machine, the ranges are highlighted this long after opening at the latest. */
const HIGHLIGHT_AT_LATEST_MS = 1000;

function editorOf(chapterId: string): Editor | null {
  const root = document.querySelector<TiptapEditorHTMLElement>(`.plan-editor[data-chapter-id="${CSS.escape(chapterId)}"] .ProseMirror`);
  const editor = root?.editor;
  return editor && !editor.isDestroyed ? editor : null;
}

const ydocOf = (editor: Editor): Y.Doc | null =>
  (editor.extensionManager.extensions.find((e) => e.name === 'collaboration')?.options as { document?: Y.Doc } | undefined)?.document ?? null;

/** The open chapter's editor, found again when it is rebuilt (another state after undo, replace-all or a merge). */
function useChapterEditor(chapterId: string): Editor | null {
  const [editor, setEditor] = useState<Editor | null>(null);
  useEffect(() => {
    const check = () => setEditor((current) => {
      const found = editorOf(chapterId);
      return found === current ? current : found;
    });
    check();
    const timer = setInterval(check, 300);
    return () => clearInterval(timer);
  }, [chapterId]);
  return editor;
}

type Draft = { anchorStart: string; anchorEnd: string; quote: string };

export function ChapterComments({ chapter }: { chapter: Chapter }) {
  const t = useT();
  const styles = useStyles();
  useCommentStyles();
  const all = usePlanStore((s) => s.plan?.comments ?? NO_COMMENTS);
  const comments = useMemo(() => all.filter((c) => c.targetTable === 'chapters' && c.targetId === chapter.id), [all, chapter.id]);
  const editor = useChapterEditor(chapter.id);
  const [draft, setDraft] = useState<Draft | null>(null);
  const loadMe = useCommentsView((s) => s.loadMe);
  const status = useCommentsView((s) => s.status);
  useEffect(() => void loadMe(), [loadMe]);
  useEffect(() => () => useCommentsView.setState({ status: null }), []);

  // False while the chapter is being drawn: the threads wait for it.
  const ready = useIdleSinceMount(HIGHLIGHT_AT_LATEST_MS);
  const roots = useMemo(() => comments.filter((c) => c.parentId === null || !comments.some((p) => p.id === c.parentId)), [comments]);
  // Resolving is quick and orders the threads, so it is done as soon as the editor is there; a later resolve (typing
  // paused) replaces it until the editor or the comments change.
  const opened = useMemo(() => {
    const doc = ready && editor && !editor.isDestroyed ? ydocOf(editor) : null;
    return doc ? resolveCommentAnchors(doc, roots) : NO_ANCHORS;
  }, [ready, editor, roots]);
  const [later, setLater] = useState<{ after: Anchors; anchors: Anchors } | null>(null);
  const anchors = later?.after === opened ? later.anchors : opened;
  // Resolve now and whenever typing pauses; highlight the open threads' ranges.
  useEffect(() => {
    if (!ready || !editor || editor.isDestroyed) return;
    const doc = ydocOf(editor);
    if (!doc) return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const highlight = (resolved: Map<string, ResolvedAnchor>) => {
      const ranges = roots.flatMap((c) => {
        const a = resolved.get(c.id);
        return a?.state === 'ok' ? [{ id: c.id, from: a.from, to: a.to, resolved: c.resolved }] : [];
      });
      showCommentRanges(editor.view, ranges, null);
    };
    const resolve = () => {
      if (editor.isDestroyed) return;
      const resolved = resolveCommentAnchors(doc, roots);
      setLater({ after: opened, anchors: resolved });
      highlight(resolved);
    };
    // Redrawing the text with every range highlighted takes long in a long chapter, so it waits until the chapter is on
    // screen. It resolves again then: typing may have moved the text meanwhile.
    const cancelFirst = whenIdle(resolve, HIGHLIGHT_AT_LATEST_MS);
    const onUpdate = () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(resolve, RESOLVE_IDLE_MS);
    };
    editor.on('update', onUpdate);
    return () => {
      cancelFirst();
      if (timer) clearTimeout(timer);
      editor.off('update', onUpdate);
    };
  }, [ready, editor, roots, opened]);

  const start = (on: Editor | null = editorOf(chapter.id) ?? editor) => {
    if (!on || on.isDestroyed) return;
    const { from, to } = on.state.selection;
    const doc = ydocOf(on);
    const quote = on.state.doc.textBetween(from, to, '\n', ' ');
    if (!doc || from >= to || !quote.trim()) {
      useCommentsView.setState({ status: 'comments.selectFirst' });
      return;
    }
    setDraft({ ...anchorRange(doc, from, to), quote });
  };

  // Ctrl+Alt+M in the editor opens a new comment on the selection (Word's shortcut). The key is heard on the document
  // (after the editor's own handlers, which take over the caret the person sees) and the editor is looked up as the key
  // comes: the one this pane found last is polled every 300 ms, so right after the chapter opened (or was rebuilt after
  // undo, replace-all or a merge) it could be none or a destroyed one, and a quick Ctrl+Alt+M was lost (CI).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!((e.ctrlKey || e.metaKey) && e.altKey && e.key.toLowerCase() === 'm')) return;
      const current = editorOf(chapter.id);
      if (!current || !(e.target instanceof Node) || !current.view.dom.contains(e.target)) return;
      e.preventDefault();
      start(current);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });

  const threads = useMemo(() => {
    if (!ready) return [];
    const list = commentThreads(comments);
    const at = (id: string) => {
      const a = anchors.get(id);
      return a?.state === 'ok' ? a.from : Number.MAX_SAFE_INTEGER;
    };
    return list.sort((a, b) => at(a.root.id) - at(b.root.id));
  }, [ready, comments, anchors]);
  const paged = usePagedList(threads);

  return (
    <section className={styles.pane} aria-labelledby="chapter-comments-heading">
      <h3 id="chapter-comments-heading">{t('comments.pane', { title: chapter.title })}</h3>
      <p className={styles.help}>{t('comments.addHelp')}</p>
      {draft ? (
        <CommentForm
          label={t('comments.newLabel', { quote: draft.quote.length > 60 ? `${draft.quote.slice(0, 59)}…` : draft.quote })}
          onSave={(body) => writeComment('comments.add', { targetTable: 'chapters', targetId: chapter.id, body, place: draft })}
          onCancel={() => {
            setDraft(null);
            editor?.commands.focus();
          }}
        />
      ) : (
        // Shown once the editor is there rather than disabled until then: the button's colour transition from disabled
        // to enabled left it briefly below the contrast limit (axe caught it mid-transition).
        editor && (
          <Button size="small" onMouseDown={(e) => e.preventDefault()} onClick={() => start()} aria-keyshortcuts="Control+Alt+M">
            {t('comments.add')}
          </Button>
        )
      )}
      {!ready ? null : threads.length === 0 ? (
        <p data-no-comments>{t('comments.none')}</p>
      ) : (
        paged.shown.map((th, i) => <CommentThreadCard key={th.root.id} thread={th} anchor={anchors.get(th.root.id) ?? null} entry={paged.entryProps(i)} />)
      )}
      {ready && <ShowMoreButton list={paged} label={(count) => t('comments.showMore', { count })} />}
      <div role="status" aria-live="polite" className={styles.status}>
        {status ? t(status) : ''}
      </div>
    </section>
  );
}
