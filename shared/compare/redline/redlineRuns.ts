// Word-level redline of inline runs (a paragraph, a heading's text, a table cell): the runs of the newer document
// with the older one's deleted words put back in as deleted runs, each change marked with a TrackedChange.
import type { BlockOrigin, Inline, TrackedChange } from '../../document/model';
import { splitWords } from '../inlineDiff';
import { diffKeys } from '../sequenceDiff';

/** Who made a change and when (w:author, w:date). */
export type ChangeBy = Omit<TrackedChange, 'kind'>;
/** One change as the redline finds it: inserted or deleted text, in a block of this origin (null: not known). */
export type ChangeSite = { kind: TrackedChange['kind']; origin: BlockOrigin | null; text: string };
/** Who made the change at a site (the plan's history knows; electron/services/compare/changeAuthors.ts). */
export type ChangeAuthors = (site: ChangeSite) => ChangeBy;
/** The author of a change of this kind and text, where the redline is. */
export type ChangeAuthorHere = (kind: TrackedChange['kind'], text: string) => ChangeBy;
/** A footnote's text by its id, so a footnote reads as the same in both documents whatever its number. */
export type FootnoteTexts = ReadonlyMap<number, string>;

type Token = { key: string; run: Inline };

const formatKey = (r: Extract<Inline, { kind: 'text' }>): string => `${r.bold ? 'b' : ''}${r.italic ? 'i' : ''}${r.underline ? 'u' : ''}${r.link ? `@${r.link}` : ''}`;

function tokenize(runs: readonly Inline[], footnotes: FootnoteTexts): Token[] {
  const out: Token[] = [];
  for (const run of runs) {
    if (run.kind === 'text') {
      const { change: _change, ...plain } = run;
      for (const word of splitWords(run.text)) out.push({ key: `${formatKey(run)}\u0001${word}`, run: { ...plain, text: word } });
    } else if (run.kind === 'footnoteRef') out.push({ key: `\u0002fn\u0001${footnotes.get(run.id) ?? run.id}`, run });
    else if (run.kind === 'break') out.push({ key: '\u0002br', run });
  }
  return out;
}

/** Neighbouring text runs with the same format and the same change become one run again. */
function joinRuns(runs: readonly Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const run of runs) {
    const last = out[out.length - 1];
    if (run.kind === 'text' && last?.kind === 'text' && formatKey(last) === formatKey(run) && sameChange(last.change, run.change)) {
      out[out.length - 1] = { ...last, text: last.text + run.text };
    } else out.push(run);
  }
  return out;
}

const sameChange = (a: TrackedChange | undefined, b: TrackedChange | undefined): boolean =>
  a === b || (!!a && !!b && a.kind === b.kind && a.author === b.author && a.initials === b.initials && a.date === b.date);

/** Runs marked as one change: text gets `change`; a deleted footnote reference is left out (its note is gone). */
export function markRuns(runs: readonly Inline[], kind: TrackedChange['kind'], by: ChangeBy): Inline[] {
  return runs.flatMap((r): Inline[] => {
    if (r.kind === 'text') return [{ ...r, change: { kind, ...by } }];
    if (r.kind === 'footnoteRef' && kind === 'del') return [];
    return [r];
  });
}

const runsText = (tokens: readonly Token[]): string => tokens.map((t) => (t.run.kind === 'text' ? t.run.text : '')).join('');

/** Each inserted or deleted stretch of words is one change, attributed as a whole. */
function marked(tokens: readonly Token[], kind: TrackedChange['kind'], authorHere: ChangeAuthorHere): Inline[] {
  return markRuns(tokens.map((t) => t.run), kind, authorHere(kind, runsText(tokens)));
}

export function redlineRuns(from: readonly Inline[], to: readonly Inline[], authorHere: ChangeAuthorHere, notes: { from: FootnoteTexts; to: FootnoteTexts }): Inline[] {
  const a = tokenize(from, notes.from);
  const b = tokenize(to, notes.to);
  const out: Inline[] = [];
  for (const run of diffKeys(a.map((t) => t.key), b.map((t) => t.key))) {
    if (run.kind === 'equal') out.push(...b.slice(run.to, run.to + run.count).map((t) => t.run));
    else if (run.kind === 'ins') out.push(...marked(b.slice(run.to, run.to + run.count), 'ins', authorHere));
    else out.push(...marked(a.slice(run.from, run.from + run.count), 'del', authorHere));
  }
  return joinRuns(out);
}
