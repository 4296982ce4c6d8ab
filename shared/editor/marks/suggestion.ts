// The two suggestion marks of a chapter body («Foreslå endringer», Word's w:ins / w:del): text proposed for insertion
// and text proposed for deletion, each with its suggestion id, author and date. Stored in the Yjs body like any mark,
// so suggestions from copies merge as text does. Contract: /work/coord/notes-suggest.md (DOCX import makes exactly these).
import { Mark, mergeAttributes } from '@tiptap/core';
import type { Person } from '../../domain/person';
import type { Json } from '../../document/build/richBuild';
import type { TrackedChange } from '../../document/model';
import type { NodeBehaviour } from '../behaviour/types';

export const INSERTION = 'insertion';
export const DELETION = 'deletion';
export type SuggestionKind = typeof INSERTION | typeof DELETION;

/**
 * Paste keeps no suggestion (ins/del are not allowed tags): pasted text is the paster's own. In a document: a pending
 * suggestion is not the plan's text, so a clean export is the text as if every open suggestion were rejected (proposed
 * text left out, text proposed for deletion kept plain); the export «med kommentarer og forslag» draws both as tracked
 * changes. Text someone proposed and another proposed to delete shows the later act, the deletion, whatever the order
 * of its marks.
 */
export const INSERTION_BEHAVIOUR: NodeBehaviour = {
  name: INSERTION,
  document: { run: (run, attrs, { ctx }) => (!ctx.review ? null : run.change?.kind === 'del' ? run : { ...run, change: trackedChange('ins', attrs) }) },
};
export const DELETION_BEHAVIOUR: NodeBehaviour = {
  name: DELETION,
  document: { run: (run, attrs, { ctx }) => (ctx.review && run.change?.kind !== 'del' ? { ...run, change: trackedChange('del', attrs) } : run) },
};

export function trackedChange(kind: TrackedChange['kind'], attrs: Json): TrackedChange {
  const text = (v: unknown): string => (typeof v === 'string' ? v : '');
  const change: TrackedChange = { kind, author: text(attrs.authorName) || '?', initials: text(attrs.authorInitials), date: text(attrs.date) || null };
  return text(attrs.id) ? { ...change, suggestion: text(attrs.id) } : change;
}

/** Who proposed a change: the person of the installation that made it. */
export type SuggestionAuthor = Person;

/** The attrs both marks carry. `id` groups the runs of one suggestion (one typing session, one pasted piece). */
export type SuggestionAttrs = {
  id: string;
  authorId: string;
  authorName: string;
  authorInitials: string;
  authorGroup: string | null;
  date: string | null;
};

export function suggestionAttrs(id: string, author: SuggestionAuthor, date: string | null): SuggestionAttrs {
  return { id, authorId: author.id, authorName: author.name, authorInitials: author.initials, authorGroup: author.group, date };
}

/** How each attr is written on the mark's HTML (copied text, getHTML; the editor's own view writes only the id). */
export const DATA_ATTRS: Record<keyof SuggestionAttrs, string> = {
  id: 'data-suggestion',
  authorId: 'data-author-id',
  authorName: 'data-author',
  authorInitials: 'data-initials',
  authorGroup: 'data-group',
  date: 'data-date',
};

/**
 * The attrs of the suggestion marks the editor has drawn, by kind and id. The editor draws a mark with its id only
 * (renderer/editor/suggestionMarks.ts: five more attributes on each of 500 marks slowed opening a long chapter), and
 * ProseMirror reads a mark back from the page when typing changed the element around it (or the browser drew a new
 * one in its place, copying its attributes): the rest of its attrs then come from here, so the mark comes back the same
 * (a struck character kept its strike and author on the next Backspace). One small entry per suggestion drawn.
 */
const drawn = new Map<string, SuggestionAttrs>();
const drawnKey = (kind: string, id: string) => `${kind}:${id}`;

/**
 * Remembers a drawn mark's attrs; false when another suggestion with the same kind and id was drawn with other attrs
 * (then the mark must carry all its attributes itself).
 */
export function rememberDrawnSuggestion(kind: SuggestionKind, attrs: SuggestionAttrs): boolean {
  const key = drawnKey(kind, attrs.id);
  const known = drawn.get(key);
  if (!known) drawn.set(key, attrs);
  return !known || known === attrs || (Object.keys(DATA_ATTRS) as (keyof SuggestionAttrs)[]).every((k) => known[k] === attrs[k]);
}

/**
 * A suggestion element's attrs: those the editor drew its id with, unless it carries them itself (HTML copied out, a
 * mark drawn in full); then, or when none was drawn with its id, what its attributes say.
 */
export function suggestionAttrsOf(el: Element): Record<keyof SuggestionAttrs, string | null> {
  const id = el.getAttribute(DATA_ATTRS.id);
  const kind = el.tagName === 'DEL' ? DELETION : el.tagName === 'INS' ? INSERTION : null;
  const known = id !== null && kind && !el.hasAttribute(DATA_ATTRS.authorId) ? drawn.get(drawnKey(kind, id)) : undefined;
  return known ?? (Object.fromEntries(Object.entries(DATA_ATTRS).map(([name, attr]) => [name, el.getAttribute(attr)])) as Record<keyof SuggestionAttrs, string | null>);
}

function attributeSpecs() {
  return Object.fromEntries(
    (Object.entries(DATA_ATTRS) as [keyof SuggestionAttrs, string][]).map(([name, dataAttr]) => [
      name,
      {
        default: name === 'authorGroup' || name === 'date' ? null : '',
        parseHTML: (el: HTMLElement) => suggestionAttrsOf(el)[name],
        renderHTML: (attrs: Record<string, unknown>) => (attrs[name] == null ? {} : { [dataAttr]: String(attrs[name]) }),
      },
    ]),
  );
}

/** A sign other than colour: insertions underlined, deletions struck through (the editor adds the author's colour). */
function suggestionMark(name: SuggestionKind, tag: 'ins' | 'del') {
  return Mark.create({
    name,
    // Text typed right after someone's suggestion is not theirs: it gets its own mark.
    inclusive: false,
    // Marks of several suggestions may overlap (two persons strike the same word; someone strikes proposed text). That
    // also makes y-prosemirror store each under its own key (name--hash of attrs): with one shared key, two copies
    // striking overlapping text concurrently lost part of one strike in the merge (Y.Text format markers interleave).
    excludes: '',
    addAttributes: attributeSpecs,
    // Only our own markup becomes a suggestion: a plain <ins>/<del> pasted from a web page has no author.
    // Before StarterKit's strike, which reads every <del> (the same priority would leave a proposed deletion read back
    // from the page a plain strike-through).
    parseHTML: () => [{ tag: `${tag}[data-suggestion]`, priority: 60 }],
    renderHTML: ({ HTMLAttributes }) => [tag, mergeAttributes(HTMLAttributes, { class: `plan-suggestion plan-suggestion-${name}` }), 0],
  });
}

export const Insertion = suggestionMark(INSERTION, 'ins');
export const Deletion = suggestionMark(DELETION, 'del');
