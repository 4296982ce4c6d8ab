// The redline of the texts a document draws from the plan's frame fields rather than from its blocks: the cover
// (municipality, title, subtitle, the status, case number, version and deadline lines) and the page footer (title and
// version). A changed field shows there as tracked changes like any chapter word, so a reader of the redline sees the
// old status line deleted and the new one inserted, not only the new one.
import type { Cover, DocMeta, Inline } from '../../document/model';
import { diffKeys } from '../sequenceDiff';
import { authorHere, type RedlineContext } from './redlineBlocks';
import { markRuns, redlineRuns } from './redlineRuns';

type Line = { text: string; bold: boolean };

const textRuns = (text: string, bold = false): Inline[] => (text ? [{ kind: 'text', text, ...(bold ? { bold } : {}) }] : []);

/**
 * A cover text changed is shown before/after: the whole older text deleted, the whole newer inserted. A cover text is
 * one field's value (a date, a case number, a name), where a word-level mix of two values reads worse than both.
 */
function beforeAfter(from: Line | null, to: Line | null, ctx: RedlineContext): Inline[] {
  if (from && to && from.text === to.text) return textRuns(to.text, to.bold);
  const here = authorHere(ctx);
  const del = from?.text ? markRuns(textRuns(from.text, from.bold), 'del', here('del', from.text)) : [];
  const ins = to?.text ? markRuns(textRuns(to.text, to.bold), 'ins', here('ins', to.text)) : [];
  return [...del, ...ins];
}

const plain = (text: string): Line => ({ text, bold: false });

/**
 * The cover's lines: equal lines kept, a changed line (the n-th removed in the place of the n-th added) shown
 * before/after in one paragraph, a line only one side has deleted or inserted whole. The first line of each cover is
 * bold, as every renderer draws it.
 */
function coverLines(from: readonly string[], to: readonly string[], ctx: RedlineContext): Inline[][] {
  const line = (lines: readonly string[], i: number): Line => ({ text: lines[i]!, bold: i === 0 });
  const out: Inline[][] = [];
  let removed: Line[] = [];
  let added: Line[] = [];
  const flush = () => {
    for (let k = 0; k < Math.max(removed.length, added.length); k++) out.push(beforeAfter(removed[k] ?? null, added[k] ?? null, ctx));
    removed = [];
    added = [];
  };
  for (const run of diffKeys(from, to)) {
    for (let k = 0; k < run.count; k++) {
      if (run.kind === 'del') removed.push(line(from, run.from + k));
      else if (run.kind === 'ins') added.push(line(to, run.to + k));
    }
    if (run.kind === 'equal') {
      flush();
      for (let k = 0; k < run.count; k++) out.push(textRuns(to[run.to + k]!, run.to + k === 0));
    }
  }
  flush();
  return out;
}

const sameCover = (a: Cover, b: Cover): boolean =>
  a.municipality === b.municipality && a.title === b.title && a.subtitle === b.subtitle && a.lines.length === b.lines.length && a.lines.every((l, i) => l === b.lines[i]);

/**
 * The newer cover, with its texts as runs carrying the differences from the older one; a cover whose texts are the
 * same is returned as it is (drawn exactly as in a clean document). `ctx.origins` say whose fields they are.
 */
export function redlineCover(from: Cover, to: Cover, ctx: RedlineContext): Cover {
  if (sameCover(from, to)) return to;
  const text = (a: string, b: string) => beforeAfter(plain(a), plain(b), ctx);
  return {
    ...to,
    runs: { municipality: text(from.municipality, to.municipality), title: text(from.title, to.title), subtitle: text(from.subtitle, to.subtitle), lines: coverLines(from.lines, to.lines, ctx) },
  };
}

/**
 * The newer document's metadata, with footerRuns when the footer's text differs. The footer joins two fields (title
 * and version, shortened to one line), so it is compared word by word: each change is then one field's.
 */
export function redlineFooter(from: DocMeta, to: DocMeta, ctx: RedlineContext): DocMeta {
  return from.footerText === to.footerText ? to : { ...to, footerRuns: redlineRuns(textRuns(from.footerText), textRuns(to.footerText), authorHere(ctx), ctx.notes) };
}

/** A line added under the cover's texts (what was compared with what), as plain text in both forms of the cover. */
export function withCoverLine(cover: Cover, line: string): Cover {
  return { ...cover, lines: [...cover.lines, line], ...(cover.runs ? { runs: { ...cover.runs, lines: [...cover.runs.lines, textRuns(line)] } } : {}) };
}
