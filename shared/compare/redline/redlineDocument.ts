// The redline of two plans as one DocModel: the newer plan's document with the differences from the older one as
// tracked changes (TrackedChange on text runs, the DocModel review extension), so DOCX (w:ins/w:del), HTML
// (ins/del) and PDF come from the same model. The cover says what was compared with what, in the plan's målform.
import type { PlanData } from '../../domain/plan';
import { buildDocument, type BuildOptions } from '../../document/builder';
import { inlineText, type DocModel } from '../../document/model';
import { redlineBlocks } from './redlineBlocks';
import type { ChangeAuthors, ChangeBy } from './redlineRuns';

const COMPARED_WITH = { nb: 'Sammenlignet med', nn: 'Samanlikna med' } as const;

export type RedlineOptions = BuildOptions & {
  /** Who made each change, from the plan's history; a change it cannot place (or without it: every change) carries `by`. */
  authors?: ChangeAuthors | null;
  by: ChangeBy;
  /** What the older plan is called on the cover («Høringsutkast 15.04.2025», a file name). */
  fromLabel: string;
};

const footnoteTexts = (doc: DocModel) => new Map(doc.footnotes.map((f) => [f.id, inlineText(f.runs)]));

export function redlineDocument(before: PlanData, after: PlanData, options: RedlineOptions): DocModel {
  const from = buildDocument(before, { ...options, origins: true });
  const to = buildDocument(after, { ...options, origins: true });
  const authors = options.authors ?? (() => options.by);
  const blocks = redlineBlocks(from.blocks, to.blocks, { authors, notes: { from: footnoteTexts(from), to: footnoteTexts(to) }, origins: { del: null, ins: null } });
  const line = `${COMPARED_WITH[after.plan.malform]}: ${options.fromLabel}`;
  return { ...to, cover: { ...to.cover, lines: [...to.cover.lines, line] }, blocks };
}

/** True when the model carries a tracked change anywhere (tests, and the CLI's «no differences» line). */
export function countTrackedChanges(doc: DocModel): { ins: number; del: number } {
  const count = { ins: 0, del: 0 };
  JSON.stringify(doc.blocks, (key, value: unknown) => {
    if (key === 'change' && value && typeof value === 'object') count[(value as { kind: 'ins' | 'del' }).kind]++;
    return value;
  });
  return count;
}
