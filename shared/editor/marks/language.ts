// A passage in the other målform (a quoted nynorsk statement in a bokmål plan, or the reverse): the `language` mark,
// drawn as <span lang="nn">. Screen readers and the spell-check read it in its own language, and the hearing
// documents carry it on the run (DOCX w:lang, HTML lang, Typst text(lang)). Stored in the Yjs body like any mark.
import { Mark, mergeAttributes } from '@tiptap/core';
import type { Malform } from '../../domain/plan';
import type { NodeBehaviour } from '../behaviour/types';

export const LANGUAGE_MARK = 'language';

const isMalform = (v: unknown): v is Malform => v === 'nb' || v === 'nn';

export const LanguageMark = Mark.create({
  name: LANGUAGE_MARK,
  // Typing at the end of a quoted passage continues the plan's own text.
  inclusive: false,
  addAttributes: () => ({
    lang: {
      default: 'nn',
      parseHTML: (el: HTMLElement) => el.getAttribute('lang'),
      renderHTML: (attrs: Record<string, unknown>) => ({ lang: attrs.lang }),
    },
  }),
  // Only our own two codes: Word's lang="EN-US" / "NO-BOK" on every pasted run is not a marked passage.
  parseHTML: () => [{ tag: 'span[lang]', getAttrs: (el: HTMLElement) => (isMalform(el.getAttribute('lang')) ? null : false) }],
  renderHTML: ({ HTMLAttributes }) => ['span', mergeAttributes(HTMLAttributes, { class: 'plan-lang' }), 0],
});

export const LANGUAGE_BEHAVIOUR: NodeBehaviour = {
  name: LANGUAGE_MARK,
  accepts: (attrs) => isMalform(attrs.lang),
  // Paste keeps a span's lang (the sanitiser lets it through on spans only, as nb or nn).
  pasteAttrs: ['lang'],
  document: { run: (run, attrs) => (isMalform(attrs.lang) ? { ...run, lang: attrs.lang } : run) },
};
