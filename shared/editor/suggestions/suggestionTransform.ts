// «Foreslå endringer»: a transaction that would change the text is turned into one that proposes the change instead.
// prosemirror-changeset distils the steps into deleted and inserted ranges; inserted text gets the author's
// insertion mark, deleted text is put back with a deletion mark (one's own proposed text really goes). The same
// transform expresses a copy's changes against the common ancestor as suggestions («slå sammen som forslag»).
import { ChangeSet } from '@tiptap/pm/changeset';
import type { Mark, MarkType, Node as PmNode, Slice } from '@tiptap/pm/model';
import { EditorState, TextSelection, type Selection, type Transaction } from '@tiptap/pm/state';
import { DELETION, INSERTION, suggestionAttrs, type SuggestionAuthor } from '../marks/suggestion';

/**
 * `keepSuggestions` (merging a copy as suggestions): inserted text that already carries a suggestion keeps it, since it
 * is the copy's own proposal, not new text by ctx.author (in the editor, pasted proposed text becomes the typist's).
 */
export type SuggestContext = { author: SuggestionAuthor; date: string | null; newId: () => string; keepSuggestions?: boolean };

type Change = { fromA: number; toA: number; fromB: number; toB: number };

/**
 * Rewrites `tr` (not yet dispatched) so that its text changes become suggestions by ctx.author. Structure-only
 * changes (a paragraph split or join, a list wrap) and formatting stay as they are. Returns false when nothing
 * needed rewriting. `selectionBefore` tells a Backspace (caret goes before the struck text) from a Delete.
 */
export function toSuggestion(tr: Transaction, ctx: SuggestContext, selectionBefore?: Selection): boolean {
  if (!tr.docChanged) return false;
  const before = tr.before;
  const changes: Change[] = [...ChangeSet.create(before).addSteps(tr.doc, tr.mapping.maps, null).changes];
  let rewritten = !ctx.keepSuggestions && keepMarksOfKeptText(tr, changes);
  let caret: number | null = null;
  // From the last change to the first: what is added at a change moves only the positions after it.
  for (const c of changes.sort((a, b) => b.fromB - a.fromB)) {
    const deleted = before.slice(c.fromA, c.toA);
    const deletesText = c.toA > c.fromA && sliceHasInline(deleted);
    const insertsText = c.toB > c.fromB && rangeHasInline(tr.doc, c.fromB, c.toB);
    if (insertsText) {
      markInserted(tr, c.fromB, c.toB, ctx);
      rewritten = true;
    }
    if (deletesText || (c.toA > c.fromA && sliceHasAtom(deleted))) {
      const size = putBack(tr, c.fromB, deleted, ctx, deletesText);
      rewritten = true;
      const backspace = selectionBefore?.empty === true && selectionBefore.from === c.toA && !insertsText;
      if (changes.length === 1 && !insertsText) caret = backspace ? c.fromB : c.fromB + size;
    }
  }
  if (caret !== null) tr.setSelection(TextSelection.create(tr.doc, Math.min(caret, tr.doc.content.size)));
  return rewritten;
}

/**
 * The diff compares characters, not marks: where a step replaced text with the same characters (the editor reads typed
 * text back from the page as a whole run, with or without the <ins>/<del> it was drawn in), that text keeps the
 * suggestion marks it had — one's own fresh «i» does not become plain text beside its «kke », a strike is not dropped.
 * Only accepting or rejecting changes a suggestion. Changes only mark steps, so `changes` stay valid. True when it did.
 */
function keepMarksOfKeptText(tr: Transaction, changes: readonly Change[]): boolean {
  const before = tr.before;
  const sorted = [...changes].sort((a, b) => a.fromB - b.fromB);
  // The unchanged stretches of the new document, each with the distance to the same text in the old one.
  const kept: { from: number; to: number; shift: number }[] = [];
  let at = { a: 0, b: 0 };
  for (const c of [...sorted, { fromA: before.content.size, toA: before.content.size, fromB: tr.doc.content.size, toB: tr.doc.content.size }]) {
    if (c.fromB > at.b) kept.push({ from: at.b, to: c.fromB, shift: at.b - at.a });
    at = { a: c.toA, b: c.toB };
  }
  const fixes: { from: number; to: number; marks: readonly Mark[] }[] = [];
  for (const r of replacedRanges(tr)) {
    for (const k of kept) {
      const from = Math.max(r.from, k.from);
      const to = Math.min(r.to, k.to);
      if (from >= to) continue;
      before.nodesBetween(from - k.shift, to - k.shift, (old, pos) => {
        if (!old.isText) return true;
        const start = Math.max(pos + k.shift, from);
        const end = Math.min(pos + k.shift + old.nodeSize, to);
        tr.doc.nodesBetween(start, end, (node, npos) => {
          if (!node.isText) return true;
          if (!sameSuggestions(node.marks, old.marks)) fixes.push({ from: Math.max(npos, start), to: Math.min(npos + node.nodeSize, end), marks: old.marks });
          return false;
        });
        return false;
      });
    }
  }
  const schema = tr.doc.type.schema;
  for (const f of fixes) {
    tr.removeMark(f.from, f.to, schema.marks[INSERTION]);
    tr.removeMark(f.from, f.to, schema.marks[DELETION]);
    for (const m of f.marks) if (isSuggestion(m)) tr.addMark(f.from, f.to, m);
  }
  return fixes.length > 0;
}

/** Where the steps put new content, in the final document's positions. */
function replacedRanges(tr: Transaction): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  tr.mapping.maps.forEach((map, i) => {
    const rest = tr.mapping.slice(i + 1);
    map.forEach((_oldStart, _oldEnd, newStart, newEnd) => {
      if (newEnd > newStart) out.push({ from: rest.map(newStart, -1), to: rest.map(newEnd, 1) });
    });
  });
  return out;
}

const isSuggestion = (m: Mark): boolean => m.type.name === INSERTION || m.type.name === DELETION;

function sameSuggestions(a: readonly Mark[], b: readonly Mark[]): boolean {
  const sa = a.filter(isSuggestion);
  const sb = b.filter(isSuggestion);
  return sa.length === sb.length && sa.every((m) => sb.some((n) => n.eq(m)));
}

/** The ancestor `from` with `to`'s differences as suggestions by ctx.author (merge of a copy as suggestions). */
export function suggestDifferences(from: PmNode, to: PmNode, ctx: SuggestContext): PmNode {
  const start = from.content.findDiffStart(to.content);
  if (start === null) return from;
  const end = from.content.findDiffEnd(to.content) ?? { a: from.content.size, b: to.content.size };
  // findDiffEnd may overlap findDiffStart when the change repeats neighbouring text («fra brukere» → «fra alle
  // brukere» matches « » twice): both ends move on by the same amount, so the replaced slice keeps that text.
  const overlap = Math.max(start - end.a, start - end.b, 0);
  const endA = end.a + overlap;
  const endB = end.b + overlap;
  const state = EditorState.create({ doc: from });
  const tr = state.tr.replace(start, endA, to.slice(start, endB));
  toSuggestion(tr, ctx);
  return tr.doc;
}

function markInserted(tr: Transaction, from: number, to: number, ctx: SuggestContext): void {
  const schema = tr.doc.type.schema;
  const type = schema.marks[INSERTION] as MarkType;
  if (ctx.keepSuggestions) return markUnmarked(tr, from, to, type, ctx);
  // Struck or proposed text pasted, or text typed into struck text, is the typist's new text.
  tr.removeMark(from, to, schema.marks[DELETION]);
  tr.removeMark(from, to, type);
  const mark = ownNeighbour(tr.doc, from, to, type, ctx) ?? type.create(suggestionAttrs(ctx.newId(), ctx.author, ctx.date));
  tr.addMark(from, to, mark);
}

/** Marks as ctx.author's insertion only the inline content in from..to that carries no suggestion yet. */
function markUnmarked(tr: Transaction, from: number, to: number, type: MarkType, ctx: SuggestContext): void {
  const plain: { from: number; to: number }[] = [];
  tr.doc.nodesBetween(from, to, (node, pos) => {
    if (!node.isInline) return true;
    if (!node.marks.some((m) => m.type === type || m.type.name === DELETION)) plain.push({ from: Math.max(pos, from), to: Math.min(pos + node.nodeSize, to) });
    return false;
  });
  if (plain.length === 0) return;
  const mark = ownNeighbour(tr.doc, from, to, type, ctx) ?? type.create(suggestionAttrs(ctx.newId(), ctx.author, ctx.date));
  for (const r of plain) tr.addMark(r.from, r.to, mark);
}

/** Puts deleted content back at `at`, marked as deleted (one's own proposed text is left out). Returns its size. */
function putBack(tr: Transaction, at: number, deleted: Slice, ctx: SuggestContext, mark: boolean): number {
  const sizeBefore = tr.doc.content.size;
  tr.replace(at, at, deleted);
  let end = at + (tr.doc.content.size - sizeBefore);
  if (!mark) return end - at;
  const type = tr.doc.type.schema.marks[DELETION] as MarkType;
  const own: { from: number; to: number }[] = [];
  tr.doc.nodesBetween(at, end, (node, pos) => {
    if (!node.isInline) return true;
    if (node.marks.some((m) => m.type.name === INSERTION && m.attrs.authorId === ctx.author.id)) own.push({ from: pos, to: pos + node.nodeSize });
    return false;
  });
  for (const r of own.reverse()) {
    tr.delete(Math.max(r.from, at), Math.min(r.to, end));
    end -= Math.min(r.to, end) - Math.max(r.from, at);
  }
  if (end <= at) return 0;
  const deletion = ownNeighbour(tr.doc, at, end, type, ctx) ?? type.create(suggestionAttrs(ctx.newId(), ctx.author, ctx.date));
  const unmarked: { from: number; to: number }[] = [];
  tr.doc.nodesBetween(at, end, (node, pos) => {
    if (!node.isInline) return true;
    // Text someone else already proposed to delete keeps their mark.
    if (!type.isInSet(node.marks)) unmarked.push({ from: Math.max(pos, at), to: Math.min(pos + node.nodeSize, end) });
    return false;
  });
  for (const r of unmarked) tr.addMark(r.from, r.to, deletion);
  return end - at;
}

/** The author's own mark of this kind right before or after the range: typing on continues one suggestion. */
function ownNeighbour(doc: PmNode, from: number, to: number, type: MarkType, ctx: SuggestContext): Mark | null {
  const sides = [doc.resolve(from).nodeBefore, doc.resolve(to).nodeAfter];
  for (const node of sides) {
    const mark = node?.marks.find((m) => m.type === type && m.attrs.authorId === ctx.author.id);
    if (mark) return mark;
  }
  return null;
}

function sliceHasInline(slice: Slice): boolean {
  let found = false;
  slice.content.descendants((node) => {
    if (node.isInline) found = true;
    return !found;
  });
  return found;
}

/** An image or live block deleted in suggestion mode is put back as it was: nothing goes without review. */
function sliceHasAtom(slice: Slice): boolean {
  let found = false;
  slice.content.descendants((node) => {
    if (node.isBlock && node.isAtom) found = true;
    return !found;
  });
  return found;
}

function rangeHasInline(doc: PmNode, from: number, to: number): boolean {
  let found = false;
  doc.nodesBetween(from, to, (node) => {
    if (node.isInline) found = true;
    return !found;
  });
  return found;
}
