// The chapter editor: Tiptap on the chapter's Yjs document. Each transaction's Yjs update reaches the page batched
// (when typing pauses, ≤ 0.5 s while it goes on) through onUpdate; the Tiptap JSON (for search and export) and the word count are computed only when typing
// pauses. Nothing on the keystroke path is O(document).
import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore, type KeyboardEvent } from 'react';
import { isSafeHref } from '../../shared/editor';
import type { RichText } from '../../shared/domain/plan';
import type { LiveBlockKind } from '../../shared/editor/nodes';
import { ChapterSession } from './chapterSession';
import type { RenderLiveBlock, ResolveAsset } from './editorExtensions';
import { EditorToolbar, type ToolbarActions } from './EditorToolbar';
import { useEditorStyles } from './editorStyles';
import { useEditorLabels } from './labels';
import { sanitizePastedHtml } from './pasteSanitizer';
import { PromptDialog, type PromptRequest } from './PromptDialog';
import { setKlarsprak } from '../../shared/editor/klarsprakDecorations';
import { recheckSpelling } from '../../shared/editor/spellDecorations';
import { usePersonalWords } from './spell/personalWords';
import { SpellMenu } from './spell/SpellMenu';
import { SuggestionPanel } from './SuggestionPanel';
import type { Person } from '../../shared/domain/person';

export type ChapterEditorProps = {
  chapterId: string;
  /** Chapter title, for the editor's accessible name. */
  title?: string;
  /** The chapter's Yjs state (chapter.state). The editor is rebuilt when chapterId or this changes. */
  initialStateBase64: string;
  /** One merged Yjs update when typing pauses, at least every half second while it goes on (append it with chapter.appendUpdate). */
  onUpdate: (updateBase64: string) => void;
  /** Typing started a new batch: the page holds edits the file does not have yet (until onUpdate). */
  onHold?: () => void;
  /** The body as Tiptap JSON, ~1 s after typing pauses (send it with the next update for search and export). */
  onBody: (json: RichText) => void;
  /** Stores an image file as an asset of the plan (with its alt text, or marked decorative) and returns its id. */
  onAddImage: (file: File, text: { alt: string; decorative: boolean }) => Promise<string>;
  /** The URL an asset's image is shown from in the editor, or null when it is missing. */
  resolveAsset: ResolveAsset;
  /** The matrix's groups, for «Tabell 3» of one group. */
  groups?: readonly { id: string; name: string }[];
  /** Words of the chapter when typing pauses (the page sums them for the plan). */
  onWordCount?: (words: number) => void;
  /** Draws a live block with the plan's current data (a React node view); without it a named placeholder is shown. */
  renderLiveBlock?: RenderLiveBlock;
  /** Receives the function that sends the batched updates now (before undo, a search, a chapter switch or unload), and whether any wait. */
  registerFlush?: (flush: () => void, holding: () => boolean) => () => void;
  /** The plan's målform (nb or nn): the text's language for the spell-checker and screen readers. */
  lang?: 'nb' | 'nn';
  /** The plan's word list (accepted by the spell-check) and how to add to it («Legg til i ordlisten»). */
  planWords?: readonly string[];
  onAddPlanWord?: (word: string) => void;
  /** Klarspråk hints (the chapter's setting, off by default). */
  klarsprak?: boolean;
  /** Off only for the benchmark's comparison (the keystroke cost with and without the spell-check). */
  spellCheck?: boolean;
  editable?: boolean;
  idleMs?: number;
  /** «Foreslå endringer»: on/off for this person and plan, who suggests, and the switch. */
  suggest?: { enabled: boolean; author: Person | null; onToggle: () => void };
};

// The platform's checker is off: ours works offline in both målformer (the desktop one downloads dictionaries on
// Linux, the browser has none for nynorsk) and would underline every word twice.
const editorAttributes = { class: 'chapter-body', role: 'textbox', 'aria-multiline': 'true', spellcheck: 'false' };

/** Rebuilt from scratch for another chapter or a reloaded state (after replace-all or a merge). */
export function ChapterEditor(props: ChapterEditorProps) {
  return <ChapterEditorView key={`${props.chapterId}:${props.initialStateBase64}`} {...props} />;
}

function ChapterEditorView(props: ChapterEditorProps) {
  const { chapterId, idleMs = 1000 } = props;
  useEditorStyles();
  const LABELS = useEditorLabels();
  const [session] = useState(() => new ChapterSession(props.initialStateBase64, props, idleMs, props.spellCheck ?? true));
  useEffect(() => session.setCallbacks(props));
  const [wordCount, setWordCount] = useState<number | null>(null);
  const [focusMode, setFocusMode] = useState(false);
  const [prompt, setPrompt] = useState<PromptRequest | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const toolbarRef = useRef<HTMLDivElement>(null);

  const editor = useEditor(
    {
      extensions: session.extensions,
      editable: props.editable ?? true,
      immediatelyRender: true,
      // The toolbar subscribes to the few states it shows (useEditorState); the editor itself never re-renders React.
      shouldRerenderOnTransaction: false,
      editorProps: {
        attributes: { ...editorAttributes, 'aria-label': LABELS.editorArea(props.title ?? ''), lang: props.lang ?? 'nb' },
        transformPastedHTML: sanitizePastedHtml,
      },
      onUpdate: () => session.touched(),
    },
    [session],
  );

  useEffect(() => (editor ? session.attach(editor, setWordCount) : undefined), [editor, session]);
  // The målform or the UI language can change while the chapter is open: the view's attributes follow without a rebuild.
  const lang = props.lang ?? 'nb';
  const areaLabel = LABELS.editorArea(props.title ?? '');
  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    editor.setOptions({ editorProps: { ...editor.options.editorProps, attributes: { ...editorAttributes, 'aria-label': areaLabel, lang } } });
  }, [editor, lang, areaLabel]);
  // The text is drawn once the editor is on the page (drawChapter.ts); the suggestion list reads it after that, before
  // the browser paints (a layout effect, and a store update React renders at once).
  const drawn = useSyncExternalStore(session.onDrawn, session.isDrawn);
  useLayoutEffect(() => {
    if (editor) session.draw(editor);
  }, [editor, session]);
  // The spell-check follows the målform and the word lists: a change checks the chapter again (in the worker).
  const personalWords = usePersonalWords((s) => s.words);
  const addPersonalWord = usePersonalWords((s) => s.add);
  const planWords = props.planWords;
  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    const words = [...(planWords ?? []), ...personalWords];
    if (session.setSpelling(lang, words)) editor.view.dispatch(recheckSpelling(editor.state));
  }, [editor, session, lang, planWords, personalWords]);
  const klarsprak = props.klarsprak === true;
  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    const tr = setKlarsprak(editor.state, klarsprak);
    if (tr) editor.view.dispatch(tr);
  }, [editor, klarsprak]);
  const suggestOn = props.suggest?.enabled === true;
  const suggestAuthor = props.suggest?.author ?? null;
  useEffect(() => {
    session.setSuggest({ enabled: suggestOn, author: suggestAuthor });
  }, [session, suggestOn, suggestAuthor]);
  const { registerFlush } = props;
  useEffect(() => registerFlush?.(() => session.flush(), () => session.holding()), [registerFlush, session]);

  const actions: ToolbarActions = useMemo(
    () => ({
      link: () =>
        setPrompt({
          title: LABELS.link,
          label: LABELS.linkPrompt,
          initial: 'https://',
          validate: (v) => (isSafeHref(v.trim()) ? null : LABELS.linkInvalid),
          onSubmit: (v) => editor?.chain().focus().extendMarkRange('link').setLink({ href: v.trim() }).run(),
        }),
      footnote: () => {
        const current = editor?.isActive('footnote') ? String(editor.getAttributes('footnote').text ?? '') : '';
        setPrompt({
          title: LABELS.footnote,
          label: LABELS.footnotePrompt,
          initial: current,
          validate: (v) => (v.trim() ? null : LABELS.footnotePrompt),
          onSubmit: (v) => (current ? editor?.chain().focus().setFootnoteText(v).run() : editor?.chain().focus().insertFootnote(v).run()),
        });
      },
      caption: () => {
        const attrs = editor?.isActive('image') ? editor.getAttributes('image') : (editor?.getAttributes('table') ?? {});
        setPrompt({
          title: LABELS.caption,
          label: LABELS.captionPrompt,
          initial: typeof attrs.caption === 'string' ? attrs.caption : '',
          onSubmit: (v) => editor?.chain().focus().setCaption(v).run(),
        });
      },
      image: () => fileInput.current?.click(),
      liveBlock: (kind: LiveBlockKind, groupId?: string) => editor?.chain().focus().insertLiveBlock(kind, groupId ?? null).run(),
      toggleFocus: () => setFocusMode((f) => !f),
      toggleSuggest: props.suggest?.onToggle,
    }),
    [editor, LABELS, props.suggest?.onToggle],
  );

  const onFile = (file: File | undefined) => {
    if (!file || !editor) return;
    setPrompt({
      title: LABELS.imageTitle,
      label: LABELS.altPrompt,
      checkbox: LABELS.decorative,
      validate: (alt, decorative) => (decorative || alt.trim() ? null : LABELS.altRequired),
      onSubmit: (alt, decorative) => {
        props
          .onAddImage(file, { alt: decorative ? '' : alt.trim(), decorative })
          .then((assetId) => editor.chain().focus().insertPlanImage({ assetId, alt, decorative }).run())
          .catch(() => window.alert(LABELS.imageFailed));
      },
    });
  };

  // Alt+F10 moves to the toolbar (as in Word and most editors); Escape leaves focus mode.
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.altKey && e.key === 'F10') {
      e.preventDefault();
      toolbarRef.current?.querySelector<HTMLButtonElement>('button:not([disabled])')?.focus();
    } else if (e.key === 'Escape' && focusMode) {
      setFocusMode(false);
    }
  };

  if (!editor) return null;
  return (
    <div className={focusMode ? 'plan-editor plan-editor-focus' : 'plan-editor'} onKeyDown={onKeyDown} data-chapter-id={chapterId}>
      <div ref={toolbarRef}>
        <EditorToolbar editor={editor} actions={actions} focusMode={focusMode} suggestMode={suggestOn} groups={props.groups ?? []} wordCount={wordCount} labels={LABELS} />
      </div>
      <input
        ref={fileInput}
        type="file"
        accept="image/png,image/jpeg,image/gif,image/webp"
        hidden
        aria-hidden="true"
        tabIndex={-1}
        onChange={(e) => {
          onFile(e.target.files?.[0]);
          e.target.value = '';
        }}
      />
      <div className="plan-editor-body">
        <EditorContent editor={editor} className="plan-editor-content" />
        {!focusMode && drawn && <SuggestionPanel editor={editor} modeOn={suggestOn} />}
      </div>
      <SpellMenu editor={editor} lang={lang} words={session.spellWords} onAddToPlan={props.onAddPlanWord ?? null} onAddToPersonal={addPersonalWord} />
      <PromptDialog request={prompt} onClose={() => setPrompt(null)} returnFocus={() => (editor.isDestroyed ? null : editor.view.dom)} />
    </div>
  );
}
