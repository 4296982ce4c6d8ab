// «Endringer etter høring» (issue 16): what changed between the hearing draft and the plan now, chapter by chapter and
// then per table, each change worded in the plan's målform and carrying the hearing inputs linked to it. Pure: the
// service hands in both plans (the hearing draft from its version, the plan now); the document builder, the editor's
// live block and the hearing page all show this one list. Serializable: it crosses the API.
import type { Cell, Malform, PlanData } from '../domain/plan';
import { targetKey, uniqueLinks, type ChangeTarget, type ChangeTargetTable } from '../domain/inputChange';
import { rowLabelOf } from '../domain/rowLabel';
import { formatAmountNumber, formatDate, formatFte } from '../format/norwegian';
import { valueLine } from '../merge/valueText';
import { blockSide, type BlockDiff } from './blockDiff';
import { comparePlans, type PlanComparison } from './comparePlans';
import type { ChapterChange } from './chapterChanges';
import { fill, hearingChangeWords, type HearingChangeWords } from './hearingChangeWords';
import { plainText, type PmNode } from './pmNode';
import type { FieldDiff, RowChange } from './rowChanges';
import { wordsFor } from '../document/words';

export type LinkedInput = { id: string; sender: string; receivedDate: string | null };
/** A changed paragraph (or list, table) as it read at the hearing and as it reads now ('' when added or removed). */
export type Passage = { before: string; after: string };
export type HearingChange = {
  target: ChangeTarget;
  kind: 'added' | 'removed' | 'changed';
  /** The chapter's title, the row's label, «Område – Gruppe» for a matrix cell. */
  place: string;
  /** What changed, as sentences in the plan's målform. */
  what: string[];
  passages: Passage[];
  inputs: LinkedInput[];
};
export type HearingChangeSection = { key: 'chapters' | 'frame' | RowTable; title: string; changes: HearingChange[] };
export type HearingChanges = {
  /** The hearing draft compared with («Høringsutkast 15.04.2025»). */
  label: string;
  sections: HearingChangeSection[];
  total: number;
};

/** The tables listed after the chapters, in the document's order; the others (assets, parties, inputs) are not plan content. */
const ROW_TABLES = ['groups', 'themes', 'areas', 'cells', 'milestones', 'orgRoles', 'laws', 'documents', 'measures'] as const;
type RowTable = (typeof ROW_TABLES)[number];
/** Frame fields a reader of the plan sees as its content; status line, phase, dates and profile change with every stage. */
const FRAME_FIELDS = ['title', 'subtitle', 'periodFrom', 'periodTo', 'purpose', 'scope', 'focusAreas'];
/** Fields that are bookkeeping, not content: derived dates of a milestone, sort order. */
const SKIPPED_FIELDS = new Set(['sortKey', 'from', 'to', 'body']);

export function hearingChanges(hearing: PlanData, now: PlanData, label: string, comparison: PlanComparison = comparePlans(hearing, now)): HearingChanges {
  const malform = now.plan.malform;
  const w = hearingChangeWords(malform);
  const inputsOf = linkedInputs(hearing, now);
  const names = nameLookup(hearing, now);
  const sections: HearingChangeSection[] = [];
  const push = (key: HearingChangeSection['key'], title: string, changes: HearingChange[]) => {
    if (changes.length > 0) sections.push({ key, title, changes: changes.map((c) => ({ ...c, inputs: inputsOf(c.target) })) });
  };
  push('frame', w.frame, frameChanges(comparison, now, w));
  push('chapters', w.chapters, comparison.chapters.filter(isVisibleChapterChange).map((c) => chapterChange(c, w)));
  for (const table of ROW_TABLES) {
    const list = (table in comparison.matrix ? comparison.matrix[table as keyof PlanComparison['matrix']] : comparison.tables[table as keyof PlanComparison['tables']]) as RowChange<Record<string, unknown> & { id: string }>[];
    const changes = table === 'cells' ? cellChanges(list as unknown as RowChange<Cell>[], names, w) : list.flatMap((r) => rowChange(table, r, names, malform, w));
    push(table, sectionTitle(table, malform), changes);
  }
  return { label, sections, total: sections.reduce((n, s) => n + s.changes.length, 0) };
}

/** A chapter whose only change is its status (utkast → ferdig) or order key is work in progress, not a change of the plan. */
const isVisibleChapterChange = (c: ChapterChange): boolean =>
  c.kind !== 'changed' || c.renamed || c.moved || c.fields.some((f) => !['status', 'sortKey'].includes(f.field)) || c.body.some((d) => d.kind !== 'equal');

function chapterChange(c: ChapterChange, w: HearingChangeWords): HearingChange {
  const head = (c.after ?? c.before)!;
  const target: ChangeTarget = { table: 'chapters', id: c.id };
  if (c.kind === 'added') return { target, kind: 'added', place: head.title, what: [w.chapterAdded], passages: passages(c.body), inputs: [] };
  if (c.kind === 'removed') return { target, kind: 'removed', place: head.title, what: [w.chapterRemoved], passages: [], inputs: [] };
  const what: string[] = [];
  if (c.renamed) what.push(fill(w.renamed, { old: c.before!.title }));
  if (c.moved) what.push(w.moved);
  const changed = passages(c.body);
  if (changed.length > 0) what.push(w.textChanged);
  return { target, kind: 'changed', place: head.title, what, passages: changed, inputs: [] };
}

/** Each changed block of a body as its text before and after (a table or list compared inside is one passage). */
function passages(body: readonly BlockDiff[]): Passage[] {
  const text = (d: BlockDiff, side: 'from' | 'to') => blockSide([d], side).map((n) => plainText(n as PmNode)).join(' ').trim();
  return body.flatMap((d) => {
    if (d.kind === 'equal') return [];
    const p = { before: text(d, 'from'), after: text(d, 'to') };
    return p.before === p.after ? [] : [p];
  });
}

function frameChanges(c: PlanComparison, now: PlanData, w: HearingChangeWords): HearingChange[] {
  const fields = c.frame.filter((f) => FRAME_FIELDS.includes(f.field));
  if (fields.length === 0) return [];
  const labels = wordsFor(now.plan.malform);
  const label = (field: string): string =>
    ({ title: labels.planName, subtitle: w.subtitle, periodFrom: w.periodFrom, periodTo: w.periodTo, purpose: labels.planPurpose, scope: labels.planScope, focusAreas: labels.focusAreas })[field] ?? field;
  return [{ target: { table: 'plan', id: now.plan.id }, kind: 'changed', place: now.plan.title, what: fields.map((f) => `${label(f.field)}: ${shown(f.from, w)} → ${shown(f.to, w)}`), passages: [], inputs: [] }];
}

const shown = (value: unknown, w: HearingChangeWords): string => {
  const text = valueLine(value).trim();
  return text === '' ? w.nothing : `«${text}»`;
};

type Names = (id: unknown) => string;

function rowChange(table: RowTable, r: RowChange<Record<string, unknown> & { id: string }>, names: Names, malform: Malform, w: HearingChangeWords): HearingChange[] {
  const row = (r.after ?? r.before)!;
  const target: ChangeTarget = { table: table as ChangeTargetTable, id: r.id };
  const place = rowLabelOf(row);
  if (r.kind === 'added') return [{ target, kind: 'added', place, what: [w.rowAdded], passages: [], inputs: [] }];
  if (r.kind === 'removed') return [{ target, kind: 'removed', place, what: [w.rowRemoved], passages: [], inputs: [] }];
  const fields = r.fields.filter((f) => !SKIPPED_FIELDS.has(f.field));
  if (fields.length === 0) return [];
  return [{ target, kind: 'changed', place, what: fields.map((f) => fieldSentence(table, f, names, malform, w)), passages: [], inputs: [] }];
}

function fieldSentence(table: RowTable, f: FieldDiff, names: Names, malform: Malform, w: HearingChangeWords): string {
  const value = (v: unknown): string => {
    if (v === null || v === undefined || v === '') return w.nothing;
    if (f.field === 'costOre' && typeof v === 'number') return formatAmountNumber(v);
    if (f.field === 'fteHundredths' && typeof v === 'number') return formatFte(v);
    if (['themeId', 'parentId', 'chapterId'].includes(f.field)) return `«${names(v)}»`;
    if (f.field === 'statusDate' && typeof v === 'string') return formatDate(v);
    const words = wordsFor(malform) as Record<string, string>;
    if (f.field === 'status' && typeof v === 'string') return words[v] ?? v;
    return shown(v, w);
  };
  return `${fieldLabel(table, f.field, malform, w)}: ${value(f.from)} → ${value(f.to)}`;
}

function fieldLabel(table: RowTable, field: string, malform: Malform, w: HearingChangeWords): string {
  const d = wordsFor(malform);
  const byTable: Partial<Record<RowTable, Record<string, string>>> = {
    milestones: { name: d.milestone },
    measures: { name: d.measure },
    laws: { name: d.lawName },
    documents: { title: d.document },
  };
  const common: Record<string, string> = {
    name: w.name, title: w.title_, members: w.members, leader: w.leader, number: w.number, kind: w.kind, themeId: w.theme, parentId: w.parent,
    chapterId: w.chapter, unit: w.unit, statusDate: w.statusDate, lovdataId: w.lovdataId, phase: w.phase, time: d.time, role: d.roleTitle,
    participants: d.participants, responsibility: d.responsibilityRole, purpose: d.purpose, level: d.level, fteHundredths: d.fte, costOre: d.cost,
    status: d.status, followUp: d.followUp, problems: d.problems, method: d.method, actors: d.actors,
  };
  return byTable[table]?.[field] ?? common[field] ?? field;
}

/** The matrix's visible changes: a cell whose level was set, changed or cleared, named «area – group». */
function cellChanges(list: readonly RowChange<Cell>[], names: Names, w: HearingChangeWords): HearingChange[] {
  return list.flatMap((r): HearingChange[] => {
    const cell = (r.after ?? r.before)!;
    const from = r.before?.level ?? null;
    const to = r.after?.level ?? null;
    if (from === to) return [];
    const what = from === null ? fill(w.responsibilityAdded, { to: to! }) : to === null ? fill(w.responsibilityRemoved, { from }) : fill(w.responsibilityChanged, { from, to });
    return [{ target: { table: 'cells', id: r.id }, kind: from === null ? 'added' : to === null ? 'removed' : 'changed', place: `${names(cell.areaId)} – ${names(cell.groupId)}`, what: [what], passages: [], inputs: [] }];
  });
}

/** Names of themes, areas, groups and chapters, now or (for rows removed since) at the hearing. */
function nameLookup(hearing: PlanData, now: PlanData): Names {
  const names = new Map<string, string>();
  for (const plan of [hearing, now]) {
    for (const t of plan.themes) names.set(t.id, t.name);
    for (const a of plan.areas) names.set(a.id, a.name);
    for (const g of plan.groups) names.set(g.id, g.number === null ? g.name : `${g.number} ${g.name}`);
    for (const c of plan.chapters) names.set(c.id, c.title);
  }
  return (id) => (typeof id === 'string' ? (names.get(id) ?? id) : '');
}

/** The inputs linked to each change (the plan now's links; an input deleted since is still named from the hearing draft). */
function linkedInputs(hearing: PlanData, now: PlanData): (target: ChangeTarget) => LinkedInput[] {
  const inputs = new Map([...hearing.inputs, ...now.inputs].map((i) => [i.id, i]));
  const byTarget = new Map<string, LinkedInput[]>();
  for (const link of uniqueLinks(now.inputChanges ?? [])) {
    const input = inputs.get(link.inputId);
    if (!input) continue;
    const key = targetKey(link);
    byTarget.set(key, [...(byTarget.get(key) ?? []), { id: input.id, sender: input.sender, receivedDate: input.receivedDate }]);
  }
  return (target) => byTarget.get(targetKey(target)) ?? [];
}

function sectionTitle(table: RowTable, malform: Malform): string {
  const d = wordsFor(malform);
  const w = hearingChangeWords(malform);
  const titles: Record<RowTable, string> = {
    groups: `${d.matrixHeading}: ${d.workingGroup.toLowerCase()}`,
    themes: `${d.matrixHeading}: ${w.theme.toLowerCase()}`,
    areas: d.matrixHeading,
    cells: `${d.matrixHeading}: ${d.mainResponsibility.toLowerCase()}`,
    milestones: d.milestonesCaption,
    orgRoles: d.organisationCaption,
    laws: d.lawsCaption,
    documents: d.documentsCaption,
    measures: d.measuresCaption,
  };
  return titles[table];
}

/** «Fylkeskommunen (02.05.2025)»: how an input is named beside a change. */
export const inputName = (i: LinkedInput): string => (i.receivedDate ? `${i.sender} (${formatDate(i.receivedDate)})` : i.sender);

/**
 * The changes an input is linked to, as places («Kapitler: Tiltak»), for the merknadsbehandling's «Kommunens vurdering».
 * Without the hearing list (no hearing draft) the places come from the plan now; a row gone from it is marked removed.
 */
export function changesOfInput(inputId: string, plan: PlanData, list: HearingChanges | null): string[] {
  const w = hearingChangeWords(plan.plan.malform);
  const listed = new Map<string, string>();
  for (const s of list?.sections ?? []) for (const c of s.changes) listed.set(targetKey(c.target), `${s.title}: ${c.place}`);
  return uniqueLinks(plan.inputChanges ?? [])
    .filter((l) => l.inputId === inputId)
    .map((l) => listed.get(targetKey(l)) ?? placeNow(plan, l.targetTable, l.targetId, w));
}

function placeNow(plan: PlanData, table: ChangeTargetTable, id: string, w: HearingChangeWords): string {
  if (table === 'plan') return plan.plan.title;
  const rows = plan[table] as unknown as Array<Record<string, unknown> & { id: string }>;
  const row = rows.find((r) => r.id === id);
  return row ? rowLabelOf(row) : `${id} (${w.removedMark})`;
}
