// The redline of two plans as one DocModel: the newer plan's document with the differences from the older one as
// tracked changes (TrackedChange on text runs, the DocModel review extension), so DOCX (w:ins/w:del), HTML
// (ins/del) and PDF come from the same model. The cover says what was compared with what, in the plan's målform.
import type { PlanData } from '../../domain/plan';
import { buildDocument, type BuildOptions } from '../../document/builder';
import { inlineText, type BlockOrigin, type DocModel } from '../../document/model';
import { redlineBlocks, type RedlineContext } from './redlineBlocks';
import { redlineCover, redlineFooter, withCoverLine } from './redlineCover';
import type { ChangeAuthors, ChangeBy } from './redlineRuns';

const COMPARED_WITH = { nb: 'Sammenlignet med', nn: 'Samanlikna med' } as const;

export type RedlineOptions = BuildOptions & {
  /** Who made each change, from the plan's history; a change it cannot place (or without it: every change) carries `by`. */
  authors?: ChangeAuthors | null;
  by: ChangeBy;
  /** What the older plan is called on the cover («Høringsutkast 15.04.2025», a file name). */
  fromLabel: string;
};

const FRAME: BlockOrigin = { frame: true };

const footnoteTexts = (doc: DocModel) => new Map(doc.footnotes.map((f) => [f.id, inlineText(f.runs)]));

export function redlineDocument(before: PlanData, after: PlanData, options: RedlineOptions): DocModel {
  const from = buildDocument(before, { ...options, origins: true });
  const to = buildDocument(after, { ...options, origins: true });
  const ctx: RedlineContext = { authors: options.authors ?? (() => options.by), notes: { from: footnoteTexts(from), to: footnoteTexts(to) }, origins: { del: null, ins: null } };
  const blocks = redlineBlocks(from.blocks, to.blocks, ctx);
  // The cover and the footer are drawn from the plan's fields: their changes are the fields' changes.
  const frame: RedlineContext = { ...ctx, origins: { del: FRAME, ins: FRAME } };
  const cover = withCoverLine(redlineCover(from.cover, to.cover, frame), `${COMPARED_WITH[after.plan.malform]}: ${options.fromLabel}`);
  return { ...to, meta: redlineFooter(from.meta, to.meta, frame), cover, blocks };
}

/** The tracked changes the model carries: in its blocks, on its cover and in its footer. */
export function countTrackedChanges(doc: DocModel): { ins: number; del: number } {
  const count = { ins: 0, del: 0 };
  JSON.stringify([doc.blocks, doc.cover.runs ?? null, doc.meta.footerRuns ?? null], (key, value: unknown) => {
    if (key === 'change' && value && typeof value === 'object') count[(value as { kind: 'ins' | 'del' }).kind]++;
    return value;
  });
  return count;
}
