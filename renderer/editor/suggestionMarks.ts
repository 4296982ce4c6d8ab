// The suggestion marks as the editor draws them (the schema and the stored JSON are unchanged): <ins> underlined and
// <del> struck through (the sign that is not colour, editorStyles.ts), in the author's colour by class, and a title
// naming who proposed it and when. The title is written when it is wanted, not when the text is drawn: on hover, and
// when the caret is moved onto the mark (so it is there for a screen reader at the caret too). Drawing a title and an inline
// colour on each of 500 marks made a 300-page chapter open 13 % slower (bench suggestEditor); a class and no title
// draws as fast as the same text without suggestions.
import { Extension, mergeAttributes, type AnyExtension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { EditorView, ViewMutationRecord } from '@tiptap/pm/view';
import type { Mark as PmMark } from '@tiptap/pm/model';
import { DATA_ATTRS, DELETION, INSERTION, rememberDrawnSuggestion, suggestionAttrsOf, type SuggestionAttrs, type SuggestionKind } from '../../shared/editor/marks/suggestion';

/** Dark enough for 4.5:1 on white; a person keeps one colour (by id) in every chapter and session. */
export const AUTHOR_COLOURS = ['#0f548c', '#a4262c', '#0e700e', '#6b2c91', '#8a4b00', '#005e6e', '#9b1d5c', '#4b5320'];

function colourIndex(authorId: string): number {
  let h = 0;
  for (const ch of authorId) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return h % AUTHOR_COLOURS.length;
}

export const authorColour = (authorId: string): string => AUTHOR_COLOURS[colourIndex(authorId)]!;
/** The class that gives a mark its author's colour (one static rule per colour in editorStyles.ts). */
export const authorColourClass = (index: number): string => `plan-author-${index}`;

export type SuggestionTitles = { insertion: (author: string, date: string) => string; deletion: (author: string, date: string) => string; date: (iso: string | null) => string };

const SUGGESTION_CLASS = 'plan-suggestion';
const classesOf = (name: string, a: SuggestionAttrs) => `${SUGGESTION_CLASS} ${SUGGESTION_CLASS}-${name} ${authorColourClass(colourIndex(a.authorId))}`;
/** A mark's class names by kind and author: one string per person, not one built per mark. */
const drawnClasses = new Map<string, string>();
function drawnClassesOf(name: SuggestionKind, a: SuggestionAttrs): string {
  const key = `${name}:${a.authorId}`;
  let classes = drawnClasses.get(key);
  if (classes === undefined) drawnClasses.set(key, (classes = classesOf(name, a)));
  return classes;
}
/** Writing the title must not make ProseMirror read the mark back from the page as if the text had changed. */
const titleOnly = (m: ViewMutationRecord) => m.type === 'attributes' && m.attributeName === 'title';

/** How the marks are copied out (the paste sanitiser drops them again): classes, no title. */
export function drawSuggestionMark(ext: AnyExtension): AnyExtension {
  const tag = ext.name === INSERTION ? 'ins' : 'del';
  return ext.extend({
    renderHTML({ mark, HTMLAttributes }: { mark: { attrs: Record<string, unknown> }; HTMLAttributes: Record<string, unknown> }) {
      return [tag, mergeAttributes(HTMLAttributes, { class: classesOf(ext.name, mark.attrs as SuggestionAttrs) }), 0];
    },
  });
}

/**
 * How the editor draws a mark: a ProseMirror mark view (given by the plugin below, not Tiptap's addMarkView, which
 * renders every attribute spec first) that writes its classes and its id. The rest of its attrs are remembered by id
 * (rememberDrawnSuggestion), for the title and for ProseMirror, which reads a mark back from the page after typing
 * changed the element around it: a mark drawn without them would come back as another mark (a struck character lost
 * its strike on the next Backspace). Six attributes on each of 500 marks were 1 ms of the 3.3 ms the marks added to
 * building a 300-page chapter's view (Chromium, bench page).
 */
function markView(name: SuggestionKind) {
  const tag = name === INSERTION ? 'ins' : 'del';
  return (mark: PmMark) => {
    const attrs = mark.attrs as SuggestionAttrs;
    const dom = document.createElement(tag);
    dom.className = drawnClassesOf(name, attrs);
    if (rememberDrawnSuggestion(name, attrs)) dom.setAttribute(DATA_ATTRS.id, attrs.id);
    else {
      // Another suggestion was drawn with the same id and other attrs (ids made elsewhere): this one carries its own.
      for (const [attr, dataAttr] of Object.entries(DATA_ATTRS)) {
        const value: unknown = mark.attrs[attr];
        if (value != null) dom.setAttribute(dataAttr, String(value));
      }
    }
    return { dom, contentDOM: dom, ignoreMutation: titleOnly };
  };
}

/** Gives a drawn mark its title once: «Foreslått satt inn av Ola Hansen 07.12.2026». */
function giveTitle(el: Element, titles: SuggestionTitles): void {
  if (el.hasAttribute('title')) return;
  const attrs = suggestionAttrsOf(el);
  const say = el.tagName === 'DEL' ? titles.deletion : titles.insertion;
  el.setAttribute('title', say(attrs.authorName ?? '', titles.date(attrs.date)));
}

const suggestionAt = (target: EventTarget | Node | null): Element | null => {
  const el = target instanceof Element ? target : target instanceof Node ? target.parentElement : null;
  return el?.closest(`.${SUGGESTION_CLASS}`) ?? null;
};

const isSuggestion = (m: { type: { name: string } }) => m.type.name === INSERTION || m.type.name === DELETION;

function titleAtCaret(view: EditorView, titles: SuggestionTitles): void {
  const { $head } = view.state.selection;
  // The DOM is only looked at when the caret touches a suggestion (before or after it).
  const before = $head.nodeBefore?.marks.some(isSuggestion) === true;
  if (!before && !$head.nodeAfter?.marks.some(isSuggestion)) return;
  const { node, offset } = view.domAtPos($head.pos, before ? -1 : 1);
  const el = suggestionAt(node.nodeType === Node.TEXT_NODE ? node : (node.childNodes[before ? offset - 1 : offset] ?? node));
  if (el && view.dom.contains(el)) giveTitle(el, titles);
}

/** The suggestion marks' view, and their titles when the pointer is over one or the caret is in one. */
export function suggestionTitles(titles: () => SuggestionTitles): AnyExtension {
  return Extension.create({
    name: 'suggestionTitles',
    addProseMirrorPlugins() {
      return [
        new Plugin({
          key: new PluginKey('suggestionTitles'),
          props: {
            markViews: { [INSERTION]: markView(INSERTION), [DELETION]: markView(DELETION) },
            handleDOMEvents: {
              mouseover: (view, event) => {
                const el = suggestionAt(event.target);
                if (el && view.dom.contains(el)) giveTitle(el, titles());
                return false;
              },
            },
          },
          view: () => ({
            update: (view, prev) => {
              // The caret moved (arrow keys, a click), not typing: nothing is added to a keystroke.
              if (view.state.doc === prev.doc && !view.state.selection.eq(prev.selection)) titleAtCaret(view, titles());
            },
          }),
        }),
      ];
    },
  });
}
