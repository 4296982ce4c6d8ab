// One short rich-text field of an area (Problemstillinger, Gjennomføring, Sentrale aktører): a plain Tiptap editor on
// the plan schema with its own undo, saved through plan.mutate when typing pauses (the change queue's debounce).
// Loaded lazily with the detail panel, so the grid itself never waits for Tiptap. Spell-checked like a chapter (the
// plan's målform, the plan's and the personal word list, the same context menu).
import { makeStaticStyles } from '@fluentui/react-components';
import { UndoRedo } from '@tiptap/extensions';
import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useRef } from 'react';
import type { RichText } from '../../../shared/domain/plan';
import { planExtensions, withoutNullBreaks } from '../../../shared/editor';
import { isRichTextEmpty } from '../../../shared/matrix/richText';
import { commit, flush } from '../../commands/commandBus';
import { usePersonalWords } from '../../editor/spell/personalWords';
import { SpellMenu } from '../../editor/spell/SpellMenu';
import { useFieldSpelling, usePlanMalform, useRecheckSpelling, useSpellWords } from '../../editor/spell/useFieldSpelling';
import { addPlanWord } from '../spell/planWordList';

const useFieldStyles = makeStaticStyles({
  '.matrix-field .ProseMirror': { minHeight: '3.5rem', padding: '6px 8px', border: '1px solid #8a8a8a', borderRadius: '4px', lineHeight: '1.4' },
  '.matrix-field .ProseMirror:focus': { outline: '2px solid #0f6cbd', outlineOffset: '1px' },
  '.matrix-field .ProseMirror p': { margin: '0 0 4px' },
  '.matrix-field .ProseMirror ul, .matrix-field .ProseMirror ol': { margin: '0 0 4px', paddingLeft: '20px' },
});

export type RichTextFieldProps = { areaId: string; column: 'problems' | 'method' | 'actors'; value: RichText | null; labelId: string };

export default function RichTextField({ areaId, column, value, labelId }: RichTextFieldProps) {
  useFieldStyles();
  const lastSent = useRef(JSON.stringify(value));
  const lang = usePlanMalform();
  const words = useSpellWords();
  const spelling = useFieldSpelling(lang, words);
  const addPersonalWord = usePersonalWords((s) => s.add);
  const editor = useEditor(
    {
      extensions: [...planExtensions(), UndoRedo, spelling.extension],
      content: value ?? '',
      immediatelyRender: true,
      shouldRerenderOnTransaction: false,
      editorProps: { attributes: { role: 'textbox', 'aria-multiline': 'true', 'aria-labelledby': labelId, spellcheck: 'false', lang } },
      onUpdate: ({ editor: e }) => {
        const json = withoutNullBreaks(e.getJSON() as RichText);
        const next = isRichTextEmpty(json) ? null : json;
        lastSent.current = JSON.stringify(next);
        commit([{ table: 'areas', id: areaId, column, value: next }], { mode: 'debounced' });
      },
      onBlur: () => void flush(),
    },
    [areaId, column],
  );

  useRecheckSpelling(editor, lang, words);
  // The målform can change while the field is open: its lang attribute follows.
  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    const { editorProps } = editor.options;
    editor.setOptions({ editorProps: { ...editorProps, attributes: { ...(editorProps.attributes as Record<string, string>), lang } } });
  }, [editor, lang]);

  // A value from elsewhere (undo, import, reload) replaces the text unless the user is typing in it.
  useEffect(() => {
    const incoming = JSON.stringify(value);
    if (!editor || editor.isFocused || incoming === lastSent.current) return;
    lastSent.current = incoming;
    editor.commands.setContent(value ?? '', { emitUpdate: false });
  }, [editor, value]);

  return (
    <>
      <EditorContent editor={editor} className="matrix-field" data-field={column} />
      {editor && <SpellMenu editor={editor} lang={lang} words={spelling.words} onAddToPlan={addPlanWord} onAddToPersonal={addPersonalWord} />}
    </>
  );
}
