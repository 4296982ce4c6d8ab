// The three tables the responsibility matrix yields (Tabell 1 overview, Tabell 2 everyone's responsibility,
// Tabell 3 main responsibility per group), derived from the one matrix so they cannot drift apart.
import { legendExplanation } from '../../domain/emptyPlan';
import type { Area, Group, ResponsibilityLevel } from '../../domain/plan';
import { sortRows } from '../../domain/rowOrder';
import { withLeader } from '../../matrix/labels';
import { deriveAllResponsibility, deriveMainResponsibility, deriveOverview, type ThemeTextTable } from '../../matrix/tables';
import type { Block, TableRow } from '../model';
import type { BuildContext } from './context';
import { headerCells, richCell, textCell } from './cells';

const areaName = (area: Area, depth: 0 | 1): string => (depth === 1 ? `– ${area.name}` : area.name);

export function groupLabel(ctx: BuildContext, g: Group): string {
  const kind = g.kind === 'prosjektgruppe' ? ctx.words.projectGroup : ctx.words.workingGroup;
  if (g.kind === 'prosjektgruppe' && !g.number) return g.name || kind;
  return `${kind}${g.number !== null ? ` ${g.number}` : ''}: ${g.name}`;
}

/** "Arbeidsgruppe 2: Hjemmetjenester og koordinering. Leder Kari Nordmann" in the plan's målform. */
export function groupHeading(ctx: BuildContext, g: Group): string {
  return withLeader(groupLabel(ctx, g), g.leader, ctx.plan.plan.malform);
}

export function overviewTable(ctx: BuildContext): Block[] {
  const { groups, legend, rows } = deriveOverview(ctx.plan);
  const codeOf = new Map<ResponsibilityLevel, string>(legend.map((l) => [l.id, l.code]));
  const width = groups.length + 1;
  const caption = ctx.tableCaption(ctx.words.overviewCaption);
  const bodyRows: TableRow[] = rows.map((row) =>
    row.kind === 'theme'
      ? { cells: [textCell(row.theme.name, { bold: true, colSpan: width })], emphasis: 'group' }
      : {
          cells: [
            textCell(areaName(row.area, row.depth), { bold: row.overarching }),
            ...groups.map((g) => {
              const level = row.levels[g.id];
              return textCell(level ? (codeOf.get(level) ?? level) : '');
            }),
          ],
        },
  );
  const legendBlocks: Block[] = legend.length
    ? [
        { kind: 'paragraph', runs: [{ kind: 'text', text: `${ctx.words.legend}:`, bold: true }] },
        { kind: 'list', ordered: false, items: legend.map((l) => [{ kind: 'paragraph', runs: [{ kind: 'text', text: `${l.code}: ${legendExplanation(l, ctx.plan.plan.malform)}` }] }]) },
      ]
    : [];
  return [
    {
      kind: 'table',
      caption,
      headerRows: [headerCells([ctx.words.areaColumn, ...groups.map((g) => (g.number !== null ? `${g.number}. ${g.name}` : g.name))])],
      bodyRows,
      columnWidths: [4, ...groups.map(() => 1)],
    },
    ...legendBlocks,
  ];
}

const textColumns = (ctx: BuildContext) => [ctx.words.problems, ctx.words.method, ctx.words.actors];

/** Tabell 2; a work package passes only the themes its group touches. */
export function allResponsibilityTable(ctx: BuildContext, tables: ThemeTextTable[] = deriveAllResponsibility(ctx.plan)): Block[] {
  const caption = ctx.tableCaption(ctx.words.allResponsibility);
  const bodyRows: TableRow[] = [];
  for (const { theme, rows } of tables) {
    bodyRows.push({ cells: [textCell(theme.name, { bold: true, colSpan: 4 })], emphasis: 'group' });
    for (const r of rows) {
      bodyRows.push({
        cells: [textCell(areaName(r.area, r.depth), { bold: r.overarching }), richCell(ctx, r.area.problems), richCell(ctx, r.area.method), richCell(ctx, r.area.actors)],
      });
    }
  }
  return [{ kind: 'table', caption, headerRows: [headerCells([ctx.words.areaColumn, ...textColumns(ctx)])], bodyRows, columnWidths: [2, 3, 3, 2] }];
}

/** One group's main-responsibility table, with or without a heading above it. */
export function groupTable(ctx: BuildContext, groupId: string, heading: { level: 1 | 2 | 3; number: string | null; inToc: boolean } | null): Block[] {
  const entry = deriveMainResponsibility(ctx.plan).find((e) => e.group.id === groupId);
  if (!entry) return [];
  const out: Block[] = [];
  if (heading) out.push({ kind: 'heading', ...heading, text: groupHeading(ctx, entry.group), id: ctx.headingId() });
  if (entry.rows.length === 0) {
    out.push({ kind: 'paragraph', runs: [{ kind: 'text', text: ctx.words.noAreas }] });
    return out;
  }
  const caption = ctx.tableCaption(`${ctx.words.mainResponsibility} – ${groupLabel(ctx, entry.group)}`);
  const bodyRows: TableRow[] = entry.rows.map((r) => ({
    cells: [textCell(`${areaName(r.area, r.depth)} (${r.level})`, { bold: r.overarching }), richCell(ctx, r.area.problems), richCell(ctx, r.area.method), richCell(ctx, r.area.actors)],
  }));
  out.push({ kind: 'table', caption, headerRows: [headerCells([ctx.words.areaColumn, ...textColumns(ctx)])], bodyRows, columnWidths: [2, 3, 3, 2] });
  return out;
}

export function allGroupTables(ctx: BuildContext, headingLevel: 1 | 2 | 3, numberPrefix: string | null, inToc: boolean): Block[] {
  return sortRows(ctx.plan.groups).flatMap((g, i) => groupTable(ctx, g.id, { level: headingLevel, number: numberPrefix ? `${numberPrefix}.${i + 1}` : null, inToc }));
}
