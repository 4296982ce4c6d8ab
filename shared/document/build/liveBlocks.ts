// What each kind of live block draws in a document: one entry per kind of shared/editor/nodes/liveBlockKinds.ts (a
// Record, so a new kind without its tables fails to compile instead of vanishing from the export). The editor's live
// block shows the same tables (liveBlockTables), so the preview and the export cannot disagree.
import type { HearingChanges } from '../../compare/hearingChanges';
import type { PlanData } from '../../domain/plan';
import type { PlanContent } from '../../domain/planView';
import type { LiveBlockKind } from '../../editor/nodes/liveBlockKinds';
import type { Block } from '../model';
import { wordsFor } from '../words';
import { BuildContext } from './context';
import { hearingChangeTables } from './hearingChangeBlocks';
import { allGroupTables, allResponsibilityTable, groupTable, overviewTable } from './matrixBlocks';
import type { Json, LiveBlockRenderer } from './richBuild';
import {
  documentsTable,
  focusAreasTable,
  hearingTable,
  lawsTable,
  measuresTable,
  merknadsTable,
  milestonesTable,
  organisationTable,
  projectDescriptionTable,
} from './structuredBlocks';

type LiveTables = (ctx: BuildContext, attrs: Json, headingLevel: 1 | 2 | 3) => Block[];

const LIVE_TABLES: Record<LiveBlockKind, LiveTables> = {
  'matrix-overview': (ctx) => overviewTable(ctx),
  'matrix-all': (ctx) => allResponsibilityTable(ctx),
  // One group's Tabell 3, or (no group chosen) every group's under headings of their own.
  'matrix-group': (ctx, attrs, level) => (typeof attrs.groupId === 'string' ? groupTable(ctx, attrs.groupId, null) : allGroupTables(ctx, level, null, true)),
  milestones: (ctx) => milestonesTable(ctx),
  organisation: (ctx) => organisationTable(ctx),
  laws: (ctx) => lawsTable(ctx),
  documents: (ctx) => documentsTable(ctx),
  measures: (ctx) => measuresTable(ctx),
  merknadsbehandling: (ctx) => merknadsTable(ctx),
  'project-description': (ctx) => projectDescriptionTable(ctx),
  'focus-areas': (ctx) => focusAreasTable(ctx),
  hearing: (ctx) => hearingTable(ctx),
  'hearing-changes': (ctx) => hearingChangeTables(ctx),
};

const isKind = (v: unknown): v is LiveBlockKind => typeof v === 'string' && Object.prototype.hasOwnProperty.call(LIVE_TABLES, v);

/** The builder's renderer of live blocks: the plan's current data wherever a chapter embeds them; an unknown kind draws nothing. */
export function liveBlockRenderer(ctx: BuildContext): LiveBlockRenderer {
  return (attrs, headingLevel) => (isKind(attrs.kind) ? LIVE_TABLES[attrs.kind](ctx, attrs, headingLevel) : []);
}

/**
 * The blocks one live block draws, for the editor's preview of it (assets are not needed by any live table);
 * `hearingChanges` is what the service compared for «Endringer etter høring».
 */
export function liveBlockTables(plan: PlanContent, kind: LiveBlockKind, groupId: string | null, hearingChanges: HearingChanges | null = null): Block[] {
  const data: PlanData = { ...plan, assets: [] };
  return LIVE_TABLES[kind](new BuildContext(data, wordsFor(plan.plan.malform), null, hearingChanges), { kind, groupId }, 2);
}
