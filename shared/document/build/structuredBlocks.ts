// The plan's structured tables as document tables: project description, milestones, organisation, laws, documents,
// the action plan (measures grouped by unit with subtotals and a grand total) and the merknadsbehandling.
import type { Measure } from '../../domain/plan';
import { formatAmountNumber, formatDate, formatFte, formatPeriod, NBSP } from '../../format/norwegian';
import type { Block, TableRow } from '../model';
import type { BuildContext } from './context';
import { headerCells, linesCell, textCell } from './cells';

const sorted = <T extends { sortKey: number; id: string }>(rows: T[]): T[] => [...rows].sort((a, b) => a.sortKey - b.sortKey || a.id.localeCompare(b.id));
const keyCell = (text: string) => ({ ...textCell(text), rowHeader: true });

export function periodText(ctx: BuildContext): string {
  const { periodFrom, periodTo } = ctx.plan.plan;
  return periodFrom && periodTo ? `${periodFrom}–${periodTo}` : String(periodFrom ?? periodTo ?? '');
}

export function projectDescriptionTable(ctx: BuildContext): Block[] {
  const { plan: frame } = ctx.plan;
  const w = ctx.words;
  const milestones = sorted(ctx.plan.milestones).map((m) => `${m.name}: ${formatPeriod(m.from, m.to, frame.malform)}`.replace(/: $/, ''));
  const roles = sorted(ctx.plan.orgRoles).map((r) => (r.participants ? `${r.role}: ${r.participants}` : r.role));
  const rows: [string, string][] = [
    [w.planName, frame.title],
    [w.planPeriod, periodText(ctx)],
    [w.planPurpose, frame.purpose],
    [w.planScope, frame.scope],
    [w.progress, milestones.join('\n')],
    [w.focusAreas, frame.focusAreas.join('\n')],
    [w.organisation, roles.join('\n')],
  ];
  return [
    {
      kind: 'table',
      caption: ctx.tableCaption(w.projectCaption),
      headerRows: [],
      bodyRows: rows.map(([k, v]) => ({ cells: [keyCell(k), linesCell(v)] })),
      columnWidths: [1, 3],
    },
  ];
}

export function milestonesTable(ctx: BuildContext): Block[] {
  const w = ctx.words;
  const rows = sorted(ctx.plan.milestones).map((m) => ({ cells: [textCell(m.name), textCell(formatPeriod(m.from, m.to, ctx.plan.plan.malform))] }));
  return [{ kind: 'table', caption: ctx.tableCaption(w.milestonesCaption), headerRows: [headerCells([w.milestone, w.time])], bodyRows: rows, columnWidths: [3, 2] }];
}

export function organisationTable(ctx: BuildContext): Block[] {
  const w = ctx.words;
  const rows = sorted(ctx.plan.orgRoles).map((r) => ({ cells: [textCell(r.role, { bold: true }), linesCell(r.participants), linesCell(r.responsibility)] }));
  return [
    { kind: 'table', caption: ctx.tableCaption(w.organisationCaption), headerRows: [headerCells([w.roleTitle, w.participants, w.responsibilityRole])], bodyRows: rows, columnWidths: [1, 2, 2] },
  ];
}

export function lawsTable(ctx: BuildContext): Block[] {
  const w = ctx.words;
  const rows = sorted(ctx.plan.laws).map((l) => ({ cells: [textCell(l.lovdataId ? `${l.name} (${l.lovdataId})` : l.name), linesCell(l.purpose)] }));
  return [{ kind: 'table', caption: ctx.tableCaption(w.lawsCaption), headerRows: [headerCells([w.lawName, w.purpose])], bodyRows: rows, columnWidths: [2, 3] }];
}

export function documentsTable(ctx: BuildContext): Block[] {
  const w = ctx.words;
  const rows = sorted(ctx.plan.documents).map((d) => ({ cells: [textCell(d.title), textCell(w[d.level]), linesCell(d.purpose)] }));
  return [{ kind: 'table', caption: ctx.tableCaption(w.documentsCaption), headerRows: [headerCells([w.document, w.level, w.purpose])], bodyRows: rows, columnWidths: [3, 1, 3] }];
}

function measureStatus(ctx: BuildContext, m: Measure): string {
  const word = ctx.words[m.status];
  return m.statusDate ? `${word} ${formatDate(m.statusDate)}` : word;
}

/** Amounts use no-break spaces so "1 820 000" never breaks across lines in a narrow column. */
const amount = (ore: number) => formatAmountNumber(ore, { space: NBSP });
const fte = (h: number) => formatFte(h, { space: NBSP });

export function measuresTable(ctx: BuildContext): Block[] {
  const w = ctx.words;
  const byUnit = new Map<string, Measure[]>();
  for (const m of sorted(ctx.plan.measures)) {
    const unit = m.unit.trim();
    byUnit.set(unit, [...(byUnit.get(unit) ?? []), m]);
  }
  const units = [...byUnit.keys()].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b, 'nb')));
  const rows: TableRow[] = [];
  let totalFte = 0;
  let totalCost = 0;
  for (const unit of units) {
    const measures = byUnit.get(unit) ?? [];
    const unitName = unit || w.noUnit;
    rows.push({ cells: [textCell(unitName, { bold: true, colSpan: 6 })], emphasis: 'group' });
    let unitFte = 0;
    let unitCost = 0;
    for (const m of measures) {
      unitFte += m.fteHundredths;
      unitCost += m.costOre;
      rows.push({
        cells: [textCell(m.name), textCell(unitName), textCell(fte(m.fteHundredths), { align: 'right' }), textCell(amount(m.costOre), { align: 'right' }), textCell(measureStatus(ctx, m)), linesCell(m.followUp)],
      });
    }
    totalFte += unitFte;
    totalCost += unitCost;
    rows.push({
      cells: [textCell(`${w.subtotal} ${unitName}`, { bold: true, colSpan: 2 }), textCell(fte(unitFte), { bold: true, align: 'right' }), textCell(amount(unitCost), { bold: true, align: 'right' }), textCell(''), textCell('')],
      emphasis: 'subtotal',
    });
  }
  rows.push({
    cells: [textCell(w.total, { bold: true, colSpan: 2 }), textCell(fte(totalFte), { bold: true, align: 'right' }), textCell(amount(totalCost), { bold: true, align: 'right' }), textCell(''), textCell('')],
    emphasis: 'total',
  });
  return [
    {
      kind: 'table',
      caption: ctx.tableCaption(w.measuresCaption),
      headerRows: [headerCells([w.measure, w.responsibility, w.fte, w.cost, w.status, w.followUp])],
      bodyRows: rows,
      columnWidths: [4, 2, 1, 2, 2, 3],
    },
  ];
}

export function merknadsTable(ctx: BuildContext): Block[] {
  const w = ctx.words;
  const rows = sorted(ctx.plan.inputs).map((i) => ({
    cells: [
      linesCell(i.receivedDate ? `${i.sender}\n${formatDate(i.receivedDate)}` : i.sender),
      linesCell(i.summary),
      linesCell(i.assessment),
      textCell(i.conclusion ? w[i.conclusion] : w.notAssessed),
    ],
  }));
  return [
    {
      kind: 'table',
      caption: ctx.tableCaption(w.merknadsCaption),
      headerRows: [headerCells([w.sender, w.inputSummary, w.assessment, w.conclusion])],
      bodyRows: rows,
      columnWidths: [2, 4, 4, 2],
    },
  ];
}
