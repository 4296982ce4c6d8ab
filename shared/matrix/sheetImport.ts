// The matrix from spreadsheet rows (xlsx or csv, already read into strings): theme, area, then one column per
// group with codes. All or nothing: any bad row is reported by its row number and no row is built.
import type { IdSource } from '../domain/ids';
import { cellId, type Area, type Cell, type Group, type PlanData, type ResponsibilityLevel, type Theme } from '../domain/plan';
import type { MatrixFragment } from './importJson';
import { groupLabel } from './labels';
import { sortRows } from '../domain/rowOrder';
import { sheetTextNb, type SheetText } from '../i18n/sheetImportMessages';

/** message: the bokmål problem («ukjent kode …»); text: the same as key + params, for the UI language. */
export type SheetError = { row: number; column: string | null; message: string; text?: SheetText };
export type SheetImportResult = { ok: true; matrix: MatrixFragment } | { ok: false; errors: SheetError[] };

/** A sub-topic is written in the area column with a leading dash, under its area: "– Felles boligkontor". */
const SUBTOPIC_PREFIX = /^[-–—]\s*/;

const problem = (row: number, column: string | null, text: SheetText): SheetError => ({ row, column, message: sheetTextNb(text), text });

const norm = (s: string): string => s.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nb');

/** The names a group answers to in a header: its name, its label ("Arbeidsgruppe 2: …"), its number, "Arbeidsgruppe 2", "G2". */
function groupAliases(g: Group): string[] {
  const names = [g.name, groupLabel(g)];
  if (g.number !== null) names.push(String(g.number), `Arbeidsgruppe ${g.number}`, `Gruppe ${g.number}`, `G${g.number}`);
  return names.map(norm);
}

function matchGroups(header: string[], groups: Group[], newId: IdSource): { groups: Group[]; columns: Group[]; errors: SheetError[] } {
  const errors: SheetError[] = [];
  const columns: Group[] = [];
  const names = header.slice(2);
  // A plan without groups takes its groups from the header; otherwise every column must name a known group.
  if (groups.length === 0) {
    const created = names.map((name, i) => {
      const m = /^(?:arbeidsgruppe\s*)?(\d+)(?::\s*(.*))?$/i.exec(name.trim());
      const number = m ? Number(m[1]) : null;
      return { id: newId(), sortKey: i + 1, kind: 'arbeidsgruppe', number, name: m?.[2]?.trim() || name.trim(), leader: '', members: '' } satisfies Group;
    });
    names.forEach((name, i) => {
      if (name.trim() === '') errors.push(problem(1, columnLetter(i + 2), { key: 'matrix.noGroupInHeader' }));
    });
    return { groups: created, columns: created, errors };
  }
  const sorted = sortRows(groups);
  names.forEach((name, i) => {
    const found = sorted.find((g) => groupAliases(g).includes(norm(name)));
    if (!found) errors.push(problem(1, columnLetter(i + 2), { key: 'matrix.unknownGroup', params: { name: name.trim() } }));
    else if (columns.includes(found)) errors.push(problem(1, columnLetter(i + 2), { key: 'matrix.groupTwice', params: { name: found.name } }));
    else columns.push(found);
  });
  return { groups: sorted, columns, errors };
}

/** 0 → A, 25 → Z, 26 → AA: the column names users see in Excel. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

function levelByCode(plan: Pick<PlanData, 'legend'>): Map<string, ResponsibilityLevel> {
  const map = new Map<string, ResponsibilityLevel>();
  for (const level of ['OpH', 'DpH', 'SpH'] as const) map.set(norm(level), level);
  for (const e of plan.legend) map.set(norm(e.code), e.id);
  return map;
}

/**
 * rows[0] is the header; rows[i] is spreadsheet row i + 1. Blank rows are skipped. The plan supplies the groups
 * the columns must name (or none: then the header creates them) and the legend whose codes the cells may use.
 */
export function importMatrixRows(rows: string[][], plan: Pick<PlanData, 'groups' | 'legend'>, newId: IdSource): SheetImportResult {
  const header = rows[0] ?? [];
  if (header.length < 3) return { ok: false, errors: [problem(1, null, { key: 'matrix.headerTooShort' })] };
  const matched = matchGroups(header, plan.groups, newId);
  const errors = [...matched.errors];
  const codes = levelByCode(plan);
  const themes: Theme[] = [];
  const areas: Area[] = [];
  const cells: Cell[] = [];
  const themeByName = new Map<string, Theme>();
  const lastTopArea = new Map<string, Area>();
  const counters = new Map<string, number>();
  const nextKey = (scope: string): number => {
    const n = (counters.get(scope) ?? 0) + 1;
    counters.set(scope, n);
    return n;
  };
  for (let i = 1; i < rows.length; i++) {
    const row = rows[i]!.map((c) => (c ?? '').trim());
    if (row.every((c) => c === '')) continue;
    const rowNo = i + 1;
    const [themeName = '', areaCell = ''] = row;
    if (themeName === '') errors.push(problem(rowNo, 'A', { key: 'matrix.themeMissing' }));
    const isSub = SUBTOPIC_PREFIX.test(areaCell);
    const areaName = areaCell.replace(SUBTOPIC_PREFIX, '').trim();
    if (areaName === '') errors.push(problem(rowNo, 'B', { key: 'matrix.areaMissing' }));
    const levels: Array<[Group, ResponsibilityLevel]> = [];
    row.slice(2).forEach((code, j) => {
      if (code === '') return;
      const level = codes.get(norm(code));
      const group = matched.columns[j];
      if (!level) {
        const valid = [...new Set(plan.legend.map((e) => e.code))].join(', ') || 'OpH, DpH, SpH';
        errors.push(problem(rowNo, columnLetter(j + 2), { key: 'matrix.unknownCode', params: { code, codes: valid } }));
      }
      else if (!group && j >= header.length - 2) errors.push(problem(rowNo, columnLetter(j + 2), { key: 'matrix.codeWithoutGroup' }));
      else if (group) levels.push([group, level]);
    });
    if (themeName === '' || areaName === '' || errors.length > 0) continue;
    let theme = themeByName.get(norm(themeName));
    if (!theme) {
      theme = { id: newId(), sortKey: themes.length + 1, name: themeName };
      themes.push(theme);
      themeByName.set(norm(themeName), theme);
    }
    const parent = isSub ? lastTopArea.get(theme.id) : undefined;
    if (isSub && !parent) {
      errors.push(problem(rowNo, 'B', { key: 'matrix.subareaWithoutArea' }));
      continue;
    }
    const area: Area = {
      id: newId(),
      sortKey: nextKey(parent ? parent.id : theme.id),
      themeId: theme.id,
      parentId: parent?.id ?? null,
      name: areaName,
      problems: null,
      method: null,
      actors: null,
    };
    areas.push(area);
    if (!parent) lastTopArea.set(theme.id, area);
    for (const [group, level] of levels) cells.push({ id: cellId(area.id, group.id), areaId: area.id, groupId: group.id, level });
  }
  if (errors.length > 0) return { ok: false, errors };
  if (areas.length === 0) return { ok: false, errors: [problem(2, null, { key: 'matrix.noAreas' })] };
  return { ok: true, matrix: { groups: matched.groups, themes, areas, cells, legend: plan.legend.map((e) => ({ ...e })) } };
}

/** One line per error for the user: "Rad 7, kolonne D: ukjent kode «XX» …". */
export const describeSheetError = (e: SheetError): string => sheetTextNb(describeSheetText(e));

/** The same line as a text, to be said in the UI language. */
export function describeSheetText(e: SheetError): SheetText {
  const problem = e.text ?? e.message;
  return e.column ? { key: 'rowColumn', params: { row: e.row, column: e.column, problem } } : { key: 'row', params: { row: e.row, problem } };
}
