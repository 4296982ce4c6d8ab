// plan → DocModel: the one place that decides what a hearing document holds, how headings are numbered,
// how tables and figures are captioned and which words are used. Both renderers only draw its result.
import { PlanverkError } from '../api/errors';
import type { Chapter, Group, PlanData } from '../domain/plan';
import { childrenByParent, planInRowOrder } from '../domain/rowOrder';
import { cleanDeep } from '../domain/text';
import { deriveWorkPackage } from '../matrix/tables';
import type { HearingChanges } from '../compare/hearingChanges';
import { BuildContext } from './build/context';
import { ReviewState, type ReviewSource } from './build/reviewContent';
import { buildCover, buildMeta } from './build/cover';
import { liveBlockRenderer } from './build/liveBlocks';
import { allGroupTables, allResponsibilityTable, groupLabel, groupTable, overviewTable } from './build/matrixBlocks';
import { merknadsTable } from './build/structuredBlocks';
import { autoCaptionFor, richTextToBlocks } from './build/tiptapBlocks';
import type { LiveBlockRenderer } from './build/richBuild';
import type { Block, BlockOrigin, DocModel, DocPart, TocEntry, Watermark, WatermarkPlacement } from './model';
import { layOutTables } from './tableLayout';
import { wordsFor } from './words';

/**
 * watermarkPlacement: diagonal unless said otherwise (it only matters with a watermark). review: draw suggestions as
 * tracked changes and the given comments (the export «med kommentarer og forslag»); without it the document is clean.
 */
export type BuildOptions = {
  part: DocPart;
  watermark: Watermark;
  watermarkPlacement?: WatermarkPlacement;
  review?: ReviewSource;
  /** The changes since the hearing draft (electron/services/compare/hearingSource.ts), drawn by the «Endringer etter høring» live block and named in the merknadsbehandling. */
  hearingChanges?: HearingChanges | null;
  /** Stamp each chapter's blocks with where they come from (a compare redline names who changed what by it). */
  origins?: boolean;
};

export function buildDocument(plan: PlanData, options: BuildOptions): DocModel {
  // Files written before text was cleaned at the boundary, and merged copies, still give well-formed XML and no leaking bidi.
  // Every table in row order, so the document is the same whatever order (copy, merge order) the rows came in.
  const review = options.review ? new ReviewState(options.review) : null;
  const ctx = new BuildContext(planInRowOrder(cleanDeep(plan)), wordsFor(plan.plan.malform), review, options.hearingChanges ?? null, options.origins ?? false);
  const cover = buildCover(ctx);
  const { blocks, subtitle } = buildPart(ctx, options.part);
  const meta = buildMeta(ctx, options.watermark, options.watermarkPlacement ?? 'diagonal', subtitle);
  const comments = review ? { comments: review.comments(options.part === 'plan') } : {};
  // The merknadsbehandling alone is one table under one heading: an Innhold of one line would only waste a page.
  if (options.part === 'merknadsbehandling') return { meta, cover, blocks: layOutTables(blocks), footnotes: ctx.footnotes, ...comments };
  const toc: Block = { kind: 'toc', title: ctx.words.toc, entries: tocEntries(blocks) };
  return { meta, cover, blocks: [toc, ...layOutTables(blocks)], footnotes: ctx.footnotes, ...comments };
}

function buildPart(ctx: BuildContext, part: DocPart): { blocks: Block[]; subtitle: string | null } {
  if (part === 'plan') return { blocks: chapterBlocks(ctx, null), subtitle: null };
  if (part === 'matrix') return { blocks: matrixPart(ctx), subtitle: ctx.words.matrixHeading };
  if (part === 'merknadsbehandling') {
    const heading: Block = { kind: 'heading', level: 1, number: '1', text: ctx.words.merknadsbehandling, id: ctx.headingId(), inToc: true };
    return { blocks: [heading, ...merknadsTable(ctx)], subtitle: ctx.words.merknadsbehandling };
  }
  const group = findGroup(ctx.plan, part.group);
  return { blocks: workPackage(ctx, group), subtitle: groupLabel(ctx, group) };
}

/** A group named on the command line or in the dialog: by id, by number, or by name (case-insensitive). */
export function findGroup(plan: PlanData, key: string): Group {
  const wanted = key.trim();
  const group =
    plan.groups.find((g) => g.id === wanted) ??
    (/^\d+$/.test(wanted) ? plan.groups.find((g) => g.number === Number(wanted)) : undefined) ??
    plan.groups.find((g) => g.name.trim().toLowerCase() === wanted.toLowerCase());
  if (!group) throw new PlanverkError('NOT_FOUND', wanted, `Fant ingen arbeidsgruppe «${wanted}».`);
  return group;
}

function matrixPart(ctx: BuildContext): Block[] {
  const w = ctx.words;
  return [
    { kind: 'heading', level: 1, number: '1', text: w.matrixHeading, id: ctx.headingId(), inToc: true },
    ...overviewTable(ctx),
    { kind: 'heading', level: 2, number: '1.1', text: w.allResponsibility, id: ctx.headingId(), inToc: true },
    ...allResponsibilityTable(ctx),
    { kind: 'heading', level: 2, number: '1.2', text: w.mainResponsibility, id: ctx.headingId(), inToc: true },
    ...allGroupTables(ctx, 3, '1.2', true),
  ];
}

/** A working group's package: its main-responsibility table, everyone's responsibility for its themes, its chapters. */
function workPackage(ctx: BuildContext, group: Group): Block[] {
  const pkg = deriveWorkPackage(ctx.plan, group.id);
  const blocks: Block[] = groupTable(ctx, group.id, { level: 1, number: '1', inToc: true });
  const members = group.members.trim();
  if (members) blocks.splice(1, 0, { kind: 'paragraph', runs: [{ kind: 'text', text: members }] });
  if (pkg.themeTables.length) {
    blocks.push({ kind: 'heading', level: 2, number: '1.1', text: ctx.words.allResponsibility, id: ctx.headingId(), inToc: true });
    blocks.push(...allResponsibilityTable(ctx, pkg.themeTables));
  }
  const ownIds = new Set(pkg.chapters.map((c) => c.id));
  // Only the topmost of the group's chapters start a section; their sub-chapters follow them in the tree.
  const roots = pkg.chapters.filter((c) => !c.parentId || !ownIds.has(c.parentId));
  const offset = pkg.themeTables.length ? 1 : 0;
  roots.forEach((chapter, i) => blocks.push(...chapterTree(ctx, chapter, 2, `1.${i + 1 + offset}`, true)));
  return blocks;
}

// The tree is built once per plan, not once per chapter.
const treeOf = new WeakMap<readonly Chapter[], Map<string | null, Chapter[]>>();
function childrenOf(plan: PlanData, parentId: string | null): Chapter[] {
  let tree = treeOf.get(plan.chapters);
  if (!tree) treeOf.set(plan.chapters, (tree = childrenByParent(plan.chapters)));
  return tree.get(parentId) ?? [];
}

/** Chapters in tree order. Parts are unnumbered level-1 headings; numbering of chapters runs on across parts. */
function chapterBlocks(ctx: BuildContext, parentId: string | null): Block[] {
  const blocks: Block[] = [];
  let counter = 0;
  const walkTop = (chapters: Chapter[]): void => {
    for (const c of chapters) {
      if (c.kind === 'part') {
        blocks.push(...chapterOwnBlocks(ctx, c, { kind: 'heading', level: 1, number: null, text: c.title.trim() || '–', id: ctx.headingId(), inToc: true }));
        walkTop(childrenOf(ctx.plan, c.id));
      } else {
        const number = c.numbered ? String(++counter) : null;
        blocks.push(...chapterTree(ctx, c, 1, number, c.numbered));
      }
    }
  };
  walkTop(childrenOf(ctx.plan, parentId));
  return blocks;
}

/** A chapter in the other målform than the plan's: the language its text is drawn in (issue 17). */
function ownLanguage(ctx: BuildContext, chapter: Chapter): { lang?: 'nb' | 'nn' } {
  return chapter.lang && chapter.lang !== ctx.plan.plan.malform ? { lang: chapter.lang } : {};
}

function chapterTree(ctx: BuildContext, chapter: Chapter, level: number, number: string | null, numbered: boolean): Block[] {
  const headingLevel = Math.min(3, level) as 1 | 2 | 3;
  const heading: Block = { kind: 'heading', level: headingLevel, number: numbered ? number : null, text: chapter.title.trim() || '–', id: ctx.headingId(), inToc: level <= 3 };
  const blocks = chapterOwnBlocks(ctx, chapter, heading);
  let counter = 0;
  for (const child of childrenOf(ctx.plan, chapter.id)) {
    const childNumbered = numbered && number !== null && child.numbered;
    const childNumber = childNumbered ? `${number}.${++counter}` : null;
    blocks.push(...chapterTree(ctx, child, level + 1, childNumber, childNumbered));
  }
  return blocks;
}

/** A chapter's heading and text; for a redline stamped with their origin (its live blocks' tables show the plan's fields). */
function chapterOwnBlocks(ctx: BuildContext, chapter: Chapter, heading: Extract<Block, { kind: 'heading' }>): Block[] {
  const renderLive = liveBlockRenderer(ctx);
  const live: LiveBlockRenderer = ctx.origins ? (attrs, level) => stamp(renderLive(attrs, level), { fields: true }) : renderLive;
  const own = ownLanguage(ctx, chapter);
  const body = richTextToBlocks(chapterBody(ctx, chapter), ctx, { chapterLevel: heading.level, live, autoCaption: autoCaptionFor(chapter.title), ...own });
  // Its title is in the chapter's language too, like its body's runs and headings.
  heading = { ...heading, ...own };
  if (!ctx.origins) return [heading, ...body];
  return [{ ...heading, origin: { chapter: chapter.id, part: 'title' } }, ...stamp(body, { chapter: chapter.id, part: 'text' })];
}

/** Blocks without an origin of their own get this one (a live block's tables keep theirs inside a chapter). */
const stamp = (blocks: Block[], origin: BlockOrigin): Block[] => blocks.map((b) => (b.origin ? b : { ...b, origin }));

/** A chapter's text, with its comments' ranges marked when the document carries review content. */
function chapterBody(ctx: BuildContext, chapter: Chapter): Chapter['body'] {
  return ctx.review ? (ctx.review.chapterBody(chapter.id, chapter.body) as Chapter['body']) : chapter.body;
}

function tocEntries(blocks: Block[]): TocEntry[] {
  return blocks.flatMap((b) => (b.kind === 'heading' && b.inToc ? [{ level: b.level, number: b.number, text: b.text, id: b.id }] : []));
}
