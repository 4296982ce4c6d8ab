// Review content laid onto a real built document (the sample plan), as the builder or the compare engine would give
// it: a suggested insertion and deletion in body paragraphs, a comment over part of a paragraph with a reply, a
// resolved comment inside a table cell, a comment on the document as a whole, names with æøå and hostile text.
import type { Block, DocComment, DocModel, Inline, TrackedChange } from '../../shared/document/model';
import { HOSTILE } from './fixtures';

export const KARI: Omit<TrackedChange, 'kind'> = { author: 'Kari Ødegård', initials: 'KØ', date: '2025-03-01T09:30:00Z' };
export const OLA: Omit<TrackedChange, 'kind'> = { author: 'Ola Åsen', initials: 'OÅ', date: '2025-03-02T14:00:00Z' };

export const INSERTED = 'og pårørende i hele kommunen';
export const DELETED = 'som før ble strøket';

export const REVIEW_COMMENTS: DocComment[] = [
  { id: 1, parentId: null, author: KARI.author, initials: KARI.initials, date: KARI.date, text: 'Bør vi tallfeste dette?\nSe tabell 2.', resolved: false },
  { id: 2, parentId: 1, author: OLA.author, initials: OLA.initials, date: OLA.date, text: 'Ja, vi legger inn tallene.', resolved: false },
  { id: 3, parentId: null, author: OLA.author, initials: OLA.initials, date: OLA.date, text: `Løst: ${HOSTILE}`, resolved: true },
  { id: 4, parentId: null, author: KARI.author, initials: KARI.initials, date: null, text: 'Hele utkastet må språkvaskes.', resolved: false },
];

/** The sample plan's document with review content added (the model given is not changed). */
export function withReview(clean: DocModel): DocModel {
  const model = structuredClone(clean);
  const paragraphs = topParagraphs(model.blocks);
  const [first, second] = paragraphs;
  if (!first || !second) throw new Error('the fixture needs two body paragraphs');
  // 1: insertion by Kari and deletion by Ola at the end of the first paragraph.
  first.runs.push({ kind: 'text', text: ` ${INSERTED}`, change: { kind: 'ins', ...KARI } }, { kind: 'text', text: ` ${DELETED}`, change: { kind: 'del', ...OLA } });
  // 2: a comment (and its reply) over the first words of the second paragraph.
  second.runs = splitFirstWords(second.runs, 1);
  // 3: a resolved comment around the text of the first body cell of the first table.
  const cell = firstBodyCellParagraph(model.blocks);
  if (!cell) throw new Error('the fixture needs a table');
  cell.runs = [{ kind: 'commentStart', id: 3 }, ...cell.runs, { kind: 'commentEnd', id: 3 }];
  // 4 has no range: a comment on the document.
  model.comments = REVIEW_COMMENTS.map((c) => ({ ...c }));
  return model;
}

/** The text the fixture's first comment covers. */
export function commentedText(clean: DocModel): string {
  const runs = topParagraphs(clean.blocks)[1]!.runs;
  const first = runs.find((r) => r.kind === 'text');
  return first?.kind === 'text' ? firstWords(first.text) : '';
}

const firstWords = (text: string): string => text.split(' ').slice(0, 3).join(' ');

function splitFirstWords(runs: Inline[], id: number): Inline[] {
  const i = runs.findIndex((r) => r.kind === 'text');
  const run = runs[i];
  if (!run || run.kind !== 'text') throw new Error('no text run');
  const head = firstWords(run.text);
  return [...runs.slice(0, i), { kind: 'commentStart', id }, { ...run, text: head }, { kind: 'commentEnd', id }, { ...run, text: run.text.slice(head.length) }, ...runs.slice(i + 1)];
}

type Para = Extract<Block, { kind: 'paragraph' }>;

function topParagraphs(blocks: Block[]): Para[] {
  return blocks.filter((b): b is Para => b.kind === 'paragraph' && b.runs.some((r) => r.kind === 'text' && r.text.split(' ').length > 4));
}

function firstBodyCellParagraph(blocks: Block[]): Para | undefined {
  for (const b of blocks) {
    if (b.kind !== 'table') continue;
    for (const row of b.bodyRows) for (const c of row.cells) for (const p of c.blocks) if (p.kind === 'paragraph' && p.runs.length) return p;
  }
  return undefined;
}
