// The plan's structured tables as document tables: project description, milestones (with the timeline figure),
// organisation, laws, documents, the action plan and the merknadsbehandling. What goes in them (order, totals, late
// marks, labels) is decided once in shared/plantables, for the UI and the document alike; this file only lays it out.
import { sortRows } from '../../domain/rowOrder';
import { NBSP } from '../../format/norwegian';
import {
  buildMeasuresTable,
  buildMerknadsbehandling,
  focusAreaLines,
  formatMilestoneTime,
  hearingDescriptionRows,
  projectDescriptionRows,
  sortMilestones,
  timelineDescription,
  timelineSvg,
} from '../../plantables';
import { utf8ToBase64 } from '../imageSize';
import type { Block, TableCell, TableRow } from '../model';
import type { BuildContext } from './context';
import { changesOfInput } from '../../compare/hearingChanges';
import { hearingChangeWords } from '../../compare/hearingChangeWords';
import { headerCells, linesCell, textCell } from './cells';

const keyCell = (text: string) => ({ ...textCell(text), rowHeader: true });

export function projectDescriptionTable(ctx: BuildContext): Block[] {
  const rows = projectDescriptionRows(ctx.plan);
  return [
    {
      kind: 'table',
      caption: ctx.tableCaption(ctx.words.projectCaption),
      headerRows: [],
      bodyRows: rows.map((r) => ({ cells: [keyCell(r.label), linesCell(r.lines.join('\n'))] })),
      columnWidths: [1, 3],
    },
  ];
}

/** The focus areas (innsatsområder), numbered in the order the plan frame lists them. */
export function focusAreasTable(ctx: BuildContext): Block[] {
  const w = ctx.words;
  const rows = focusAreaLines(ctx.plan).map((area, i) => ({ cells: [textCell(String(i + 1), { align: 'right' }), textCell(area)] }));
  return [{ kind: 'table', caption: ctx.tableCaption(w.focusAreasCaption), headerRows: [headerCells([w.number, w.focusAreas])], bodyRows: rows, columnWidths: [1, 8] }];
}

/** When the plan goes on hearing, the deadline for inputs and who is invited to comment. */
export function hearingTable(ctx: BuildContext): Block[] {
  const rows = hearingDescriptionRows(ctx.plan);
  return [
    {
      kind: 'table',
      caption: ctx.tableCaption(ctx.words.hearingCaption),
      headerRows: [],
      bodyRows: rows.map((r) => ({ cells: [keyCell(r.label), linesCell(r.lines.join('\n'))] })),
      columnWidths: [1, 3],
    },
  ];
}

export function milestonesTable(ctx: BuildContext): Block[] {
  const w = ctx.words;
  const malform = ctx.plan.plan.malform;
  const rows = sortMilestones(ctx.plan.milestones).map((m) => ({ cells: [textCell(m.name), textCell(formatMilestoneTime(m, malform))] }));
  const table: Block = { kind: 'table', caption: ctx.tableCaption(w.milestonesCaption), headerRows: [headerCells([w.milestone, w.time])], bodyRows: rows, columnWidths: [3, 2] };
  return rows.length ? [table, timelineFigure(ctx)] : [table];
}

/**
 * The milestones as a timeline picture after their table. The picture is SVG: HTML and PDF draw it; DOCX embeds it
 * with a PNG fallback drawn by the export service's rasterizer (its alt text, the milestones as a sentence, stands in
 * when no rasterizer is given).
 */
function timelineFigure(ctx: BuildContext): Block {
  const { milestones, plan: frame } = ctx.plan;
  const width = 760;
  const svg = timelineSvg(milestones, frame.malform, { width, color: /^#[0-9a-fA-F]{6}$/.test(frame.profileColor) ? frame.profileColor : undefined, font: frame.profileFont || undefined });
  const height = Number(/\bheight="(\d+)"/.exec(svg)?.[1] ?? 0) || null;
  return {
    kind: 'image',
    image: { assetId: 'milepaeler-tidslinje', mime: 'image/svg+xml', dataBase64: utf8ToBase64(svg), widthPx: width, heightPx: height },
    alt: timelineDescription(milestones, frame.malform),
    decorative: false,
    caption: ctx.figureCaption(ctx.words.timelineCaption),
  };
}

export function organisationTable(ctx: BuildContext): Block[] {
  const w = ctx.words;
  const rows = sortRows(ctx.plan.orgRoles).map((r) => ({ cells: [textCell(r.role, { bold: true }), linesCell(r.participants), linesCell(r.responsibility)] }));
  return [
    { kind: 'table', caption: ctx.tableCaption(w.organisationCaption), headerRows: [headerCells([w.roleTitle, w.participants, w.responsibilityRole])], bodyRows: rows, columnWidths: [1, 2, 2] },
  ];
}

export function lawsTable(ctx: BuildContext): Block[] {
  const w = ctx.words;
  const rows = sortRows(ctx.plan.laws).map((l) => ({ cells: [textCell(l.lovdataId ? `${l.name} (${l.lovdataId})` : l.name), linesCell(l.purpose)] }));
  return [{ kind: 'table', caption: ctx.tableCaption(w.lawsCaption), headerRows: [headerCells([w.lawName, w.purpose])], bodyRows: rows, columnWidths: [2, 3] }];
}

export function documentsTable(ctx: BuildContext): Block[] {
  const w = ctx.words;
  const rows = sortRows(ctx.plan.documents).map((d) => ({ cells: [textCell(d.title), textCell(w[d.level]), linesCell(d.purpose)] }));
  return [{ kind: 'table', caption: ctx.tableCaption(w.documentsCaption), headerRows: [headerCells([w.document, w.level, w.purpose])], bodyRows: rows, columnWidths: [3, 1, 3] }];
}

/** Amounts use no-break spaces so "1 820 000" never breaks across lines in a narrow column. */
export function measuresTable(ctx: BuildContext): Block[] {
  const t = buildMeasuresTable(ctx.plan.measures, ctx.plan.plan.malform, { space: NBSP });
  const h = t.headers;
  const sumRow = (label: string, fte: string, cost: string, emphasis: 'subtotal' | 'total'): TableRow => ({
    cells: [textCell(label, { bold: true, colSpan: 2 }), textCell(fte, { bold: true, align: 'right' }), textCell(cost, { bold: true, align: 'right' }), textCell(''), textCell('')],
    emphasis,
  });
  const rows: TableRow[] = t.sections.flatMap((section) => [
    { cells: [textCell(section.unitLabel, { bold: true, colSpan: 6 })], emphasis: 'group' as const },
    ...section.rows.map((m) => ({
      cells: [textCell(m.name), textCell(m.unit), textCell(m.fte, { align: 'right' }), textCell(m.cost, { align: 'right' }), textCell(m.status), linesCell(m.followUp)],
    })),
    sumRow(section.subtotalLabel, section.fte, section.cost, 'subtotal'),
  ]);
  rows.push(sumRow(t.totalLabel, t.fte, t.cost, 'total'));
  return [
    {
      kind: 'table',
      caption: ctx.tableCaption(ctx.words.measuresCaption),
      headerRows: [headerCells([h.measure, h.unit, h.fte, h.cost, h.status, h.followUp])],
      bodyRows: rows,
      columnWidths: [4, 2, 1, 2, 2, 3],
    },
  ];
}

/** Inputs in the order they came in; one that came after the deadline says so under its date. */
/** «Kommunens vurdering», then the changes the input is linked to (issue 16), named as «Endringer etter høring» lists them. */
function assessmentCell(ctx: BuildContext, inputId: string, assessment: string): TableCell {
  const cell = linesCell(assessment);
  const places = changesOfInput(inputId, ctx.plan, ctx.hearingChanges);
  if (places.length > 0) {
    const label = hearingChangeWords(ctx.plan.plan.malform).seeChanges;
    cell.blocks.push({ kind: 'paragraph', runs: [{ kind: 'text', text: `${label}: `, italic: true }, { kind: 'text', text: places.join('; ') }] });
  }
  return cell;
}

export function merknadsTable(ctx: BuildContext): Block[] {
  const m = buildMerknadsbehandling(ctx.plan);
  const senderCell = (r: (typeof m.rows)[number]): TableCell => {
    // The sender's type (privatperson, organisasjon, …) stays with the sender, as in the hearing registry.
    const cell = linesCell([r.sender, r.senderTypeLabel, r.receivedText].join('\n'));
    if (r.late) cell.blocks.push({ kind: 'paragraph', runs: [{ kind: 'text', text: m.lateLabel, italic: true }] });
    if (r.attachmentName) cell.blocks.push({ kind: 'paragraph', runs: [{ kind: 'text', text: `${m.attachmentLabel}: ${r.attachmentName}`, italic: true }] });
    return cell;
  };
  const rows = m.rows.map((r) => ({ cells: [senderCell(r), linesCell(r.summary), assessmentCell(ctx, r.id, r.assessment), textCell(r.conclusionLabel)] }));
  return [
    {
      kind: 'table',
      caption: ctx.tableCaption(ctx.words.merknadsCaption),
      headerRows: [headerCells([m.headers.sender, m.headers.summary, m.headers.assessment, m.headers.conclusion])],
      bodyRows: rows,
      columnWidths: [2, 4, 4, 2],
    },
  ];
}
