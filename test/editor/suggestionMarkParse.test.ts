// A suggestion mark as the editor draws it carries its id only (renderer/editor/suggestionMarks.ts: fewer attributes
// on each of hundreds of marks open a long chapter sooner); ProseMirror reads a mark back from the page when typing
// changed the element around it, and it must come back with every attr it was drawn with, or a struck word would turn
// into another person's (or nobody's) suggestion on the next key. HTML copied out of the editor carries all attrs.
import { JSDOM } from 'jsdom';
import { DOMParser as PmDOMParser } from '@tiptap/pm/model';
import { describe, expect, it } from 'vitest';
import { planSchema } from '../../shared/editor';
import { DELETION, INSERTION, rememberDrawnSuggestion, suggestionAttrs } from '../../shared/editor/marks/suggestion';
import { KARI, OLA } from './suggestionHelpers';

const { window } = new JSDOM('');

/** The marks ProseMirror reads from `html` (a paragraph's content): [text, mark name, attrs] per marked run. */
function marksIn(html: string): [string, string, Record<string, unknown>][] {
  const container = window.document.createElement('div');
  container.innerHTML = `<p>${html}</p>`;
  const doc = PmDOMParser.fromSchema(planSchema()).parse(container as unknown as globalThis.Node);
  const out: [string, string, Record<string, unknown>][] = [];
  doc.descendants((node) => {
    for (const m of node.marks) out.push([node.text ?? '', m.type.name, m.attrs]);
  });
  return out;
}

describe('suggestion marks read back from the page', () => {
  it('a mark drawn with its id only comes back with the author, initials, group and date it was drawn with', () => {
    const struck = suggestionAttrs('drawn-del-1', OLA, '2026-12-07T08:00:00.000Z');
    const added = suggestionAttrs('drawn-ins-1', KARI, null);
    expect(rememberDrawnSuggestion(DELETION, struck)).toBe(true);
    expect(rememberDrawnSuggestion(INSERTION, added)).toBe(true);
    expect(marksIn('Her <del data-suggestion="drawn-del-1" class="plan-suggestion">strøk</del> og <ins data-suggestion="drawn-ins-1">la til</ins>')).toEqual([
      ['strøk', DELETION, struck],
      ['la til', INSERTION, added],
    ]);
  });

  it('the kind is part of the id: an insertion drawn with an id tells nothing about a deletion with the same id', () => {
    rememberDrawnSuggestion(INSERTION, suggestionAttrs('shared-id', KARI, null));
    expect(marksIn('<del data-suggestion="shared-id">x</del>')[0]![2]).toMatchObject({ id: 'shared-id', authorId: '', authorName: '' });
  });

  it('HTML that carries its attrs (copied out of the editor) is read as it is, whatever was drawn with its id', () => {
    rememberDrawnSuggestion(DELETION, suggestionAttrs('copied-1', OLA, '2026-12-07T08:00:00.000Z'));
    const html = `<del data-suggestion="copied-1" data-author-id="${KARI.id}" data-author="${KARI.name}" data-initials="${KARI.initials}" data-date="2026-12-08T09:00:00.000Z">x</del>`;
    expect(marksIn(html)[0]![2]).toEqual({ ...suggestionAttrs('copied-1', KARI, '2026-12-08T09:00:00.000Z'), authorGroup: null });
  });

  it('a second suggestion drawn with the same kind and id but other attrs is told to carry them itself', () => {
    const first = suggestionAttrs('twice', OLA, null);
    expect(rememberDrawnSuggestion(INSERTION, first)).toBe(true);
    expect(rememberDrawnSuggestion(INSERTION, { ...first })).toBe(true);
    expect(rememberDrawnSuggestion(INSERTION, suggestionAttrs('twice', KARI, null))).toBe(false);
  });
});
