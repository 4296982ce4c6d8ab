// A chapter's body, read-only, through Tiptap and the plan's editor schema: content becomes DOM nodes, never innerHTML,
// and the schema drops what it does not know (scripts, handlers, unsafe links).
import { EditorContent, useEditor } from '@tiptap/react';
import { useMemo } from 'react';
import type { Asset, Chapter } from '../../../shared/domain/plan';
import { planExtensions, sanitizeRichText } from '../../../shared/editor';
import { resolveImages } from './resolveImages';

export function ChapterBody({ chapter, assets }: { chapter: Chapter; assets: readonly Asset[] }) {
  const content = useMemo(() => resolveImages(sanitizeRichText(chapter.body), assets), [chapter.body, assets]);
  const editor = useEditor(
    {
      extensions: planExtensions(),
      content,
      editable: false,
      immediatelyRender: true,
      editorProps: { attributes: { role: 'document', 'aria-label': chapter.title, class: 'chapter-body' } },
    },
    [chapter.id, content],
  );
  return <EditorContent editor={editor} />;
}
