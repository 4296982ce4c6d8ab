// The check before a hearing document goes out: one pure function the Eksport page (export.check), `cli export` and
// `cli check` all call. It gathers the accessibility problems, the structured tables' findings (hearing period,
// Lovdata ids, measures, milestones, late inputs), the matrix validation, empty chapters, unassessed inputs in a
// merknadsbehandling, live blocks pointing at nothing and, when the caller has run the spell-check (it needs the
// dictionaries, which only the services load), misspellings and målform slips per chapter; each finding carries its
// severity and its place in the app.
import type { PlanData } from '../domain/plan';
import { findingNb, quotedOr, type FindingKey, type FindingText } from '../i18n/findingMessages';
import { planInRowOrder, treeOrder } from '../domain/rowOrder';
import { LIVE_BLOCK_KINDS } from '../editor/nodes/liveBlockKinds';
import { validateMatrix, type MatrixFinding } from '../matrix/validate';
import { tableFindings, type TableFinding } from '../plantables/findings';
import { orderInputs } from '../plantables/hearing';
import type { FieldSpelling } from '../spell/fieldSpell';
import type { ChapterSpelling, PlacedFinding } from '../spell/planSpell';
import { checkAccessibility, type AccessibilityProblem } from './accessibility';
import { findingHref, type FindingTarget } from './findingTarget';

export type FindingSeverity = 'error' | 'warning';
export type PlanFinding = {
  severity: FindingSeverity;
  /** Stable, for tests and filters: the accessibility codes, `<table>.<column>` for table findings, `matrix.<kind>`, … */
  code: string;
  /** The bokmål sentence (CLI); `text` is the same as key + params for the UI language (findingSentence). */
  message: string;
  text: FindingText;
  target: FindingTarget;
  /** The app's address of the target's page (findingHref). */
  href: string;
  /** What the target is called (a chapter's title, a row's name), or null. */
  targetName: string | null;
  /** Accessibility errors stop every export; other errors only a strict one. */
  accessibility: boolean;
};

type Json = Record<string, unknown>;

const finding = (f: Omit<PlanFinding, 'href' | 'message'>): PlanFinding => ({ ...f, message: findingNb(f.text), href: findingHref(f.target) });

/** Phases after the hearing: the merknadsbehandling then goes to the politicians and every input needs a conclusion. */
const AFTER_HEARING = new Set(['merknadsbehandling', 'vedtatt']);

export type CheckPlanOptions = {
  /** spellPlan's result for the same plan (shared/spell/planSpell.ts). */
  spelling?: readonly ChapterSpelling[];
  /** spellFields' result: the matrix's and the tables' texts (shared/spell/fieldSpell.ts). */
  fieldSpelling?: readonly FieldSpelling[];
};

export function checkPlan(input: PlanData, options: CheckPlanOptions = {}): PlanFinding[] {
  // Findings in reading order (chapters as the tree shows them, rows as the grids), whatever order the rows came in.
  const rows = planInRowOrder(input);
  const plan = { ...rows, chapters: treeOrder(rows.chapters) };
  return [
    ...accessibilityFindings(plan),
    ...tableChecks(plan),
    ...matrixChecks(plan),
    ...chapterChecks(plan),
    ...spellingChecks(options.spelling ?? []),
    ...fieldSpellingChecks(options.fieldSpelling ?? []),
    ...merknadsChecks(plan),
  ];
}

/** At most the first few words per finding: a chapter with fifty unknown names should not fill the page. */
const LISTED_WORDS = 8;

/** The words of one finding: the first few, each with its first suggestion. */
function listedWords(found: readonly PlacedFinding[]): string {
  const shown = [...new Map(found.map((f) => [f.word, f])).values()].slice(0, LISTED_WORDS);
  return shown.map((f) => (f.suggestions[0] ? `«${f.word}» → «${f.suggestions[0]}»` : `«${f.word}»`)).join(', ');
}

const malformKey = (lang: 'nb' | 'nn') => ({ key: lang === 'nn' ? ('malform.nn' as const) : ('malform.nb' as const) });

/** One warning per kind (misspellings, målform slips) of a place that has any. */
function spellWarnings(findings: readonly PlacedFinding[], say: (kind: 'spelling' | 'malform', count: number, words: string) => FindingText, place: Pick<PlanFinding, 'target' | 'targetName'>): PlanFinding[] {
  return (['spelling', 'malform'] as const).flatMap((kind) => {
    const found = findings.filter((f) => f.kind === kind);
    if (!found.length) return [];
    const code = kind === 'spelling' ? 'spell.misspelled' : 'spell.malform';
    return [finding({ severity: 'warning', code, text: say(kind, found.length, listedWords(found)), ...place, accessibility: false })];
  });
}

function spellingChecks(spelling: readonly ChapterSpelling[]): PlanFinding[] {
  return spelling.flatMap((c) => {
    const where = quotedOr(c.title, 'fallback.untitled');
    const say = (kind: 'spelling' | 'malform', count: number, words: string): FindingText =>
      kind === 'spelling' ? { key: 'spell.misspelled', params: { where, count, words } } : { key: 'spell.malform', params: { where, count, words, malform: malformKey(c.lang) } };
    return spellWarnings(c.findings, say, { target: { page: 'chapters', chapterId: c.chapterId }, targetName: c.title.trim() || null });
  });
}

function fieldSpellingChecks(fields: readonly FieldSpelling[]): PlanFinding[] {
  return fields.flatMap((f) => {
    const { place } = f;
    const where = quotedOr(f.name, 'fallback.noName');
    const field = { key: place.kind === 'area' ? (`matrix.field.${place.field}` as const) : (`field.${place.table}.${place.field}` as FindingKey) };
    const say = (kind: 'spelling' | 'malform', count: number, words: string): FindingText =>
      kind === 'spelling' ? { key: 'spell.fieldMisspelled', params: { field, where, count, words } } : { key: 'spell.fieldMalform', params: { field, where, count, words, malform: malformKey(f.lang) } };
    const target: FindingTarget =
      place.kind === 'area' ? { page: 'matrix', themeId: place.themeId, areaId: place.areaId, groupId: null } : { page: 'tables', table: place.table, rowId: place.rowId, column: place.field };
    return spellWarnings(f.findings, say, { target, targetName: f.name.trim() || null });
  });
}

export const hasBlockingErrors = (findings: readonly PlanFinding[], strict: boolean): boolean =>
  findings.some((f) => f.severity === 'error' && (strict || f.accessibility));

function accessibilityFindings(plan: PlanData): PlanFinding[] {
  const titles = new Map(plan.chapters.map((c) => [c.id, c.title]));
  const target = (p: AccessibilityProblem): FindingTarget =>
    p.place.kind === 'chapter' ? { page: 'chapters', chapterId: p.place.chapterId } : { page: 'plan', field: p.place.kind === 'asset' ? 'profileLogoAssetId' : 'title' };
  return checkAccessibility(plan).map((p) =>
    finding({ severity: p.severity, code: p.code, text: p.text, target: target(p), targetName: p.place.kind === 'chapter' ? (titles.get(p.place.chapterId) ?? null) : null, accessibility: true }),
  );
}

function tableChecks(plan: PlanData): PlanFinding[] {
  const nameOf = (f: TableFinding): string | null => {
    if (f.table === 'plan') return null;
    const rows = plan[f.table] as unknown as Json[];
    const row = rows.find((r) => r.id === f.id);
    const name = row?.name ?? row?.sender ?? row?.title;
    return typeof name === 'string' && name.trim() ? name.trim() : null;
  };
  const target = (f: TableFinding): FindingTarget =>
    f.table === 'plan'
      ? { page: 'plan', field: f.column }
      : f.table === 'inputs'
        ? { page: 'hearing', inputId: f.id, column: f.column }
        : { page: 'tables', table: f.table, rowId: f.id, column: f.column };
  return tableFindings(plan).map((f) =>
    finding({ severity: f.severity, code: `${f.table}.${f.column ?? 'row'}`, text: f.text, target: target(f), targetName: nameOf(f), accessibility: false }),
  );
}

function matrixChecks(plan: PlanData): PlanFinding[] {
  const areaName = new Map(plan.areas.map((a) => [a.id, a.name]));
  const themeName = new Map(plan.themes.map((t) => [t.id, t.name]));
  const groupName = new Map(plan.groups.map((g) => [g.id, g.name]));
  const ids = (f: MatrixFinding) => ({
    themeId: 'themeId' in f ? f.themeId : null,
    areaId: 'areaId' in f ? f.areaId : null,
    groupId: 'groupId' in f ? f.groupId : null,
  });
  return validateMatrix(plan).map((f) => {
    const { themeId, areaId, groupId } = ids(f);
    const name = (areaId && areaName.get(areaId)) || (themeId && themeName.get(themeId)) || (groupId && groupName.get(groupId)) || null;
    return finding({ severity: f.severity === 'feil' ? 'error' : 'warning', code: `matrix.${f.kind}`, text: f.text, target: { page: 'matrix', themeId, areaId, groupId }, targetName: name, accessibility: false });
  });
}

function walk(node: unknown, visit: (n: Json) => void): void {
  if (typeof node !== 'object' || node === null) return;
  visit(node as Json);
  const content = (node as Json).content;
  if (Array.isArray(content)) content.forEach((c) => walk(c, visit));
}

/** A body with no words, no picture, no table and no live block. */
function isEmptyBody(body: unknown): boolean {
  let empty = true;
  walk(body, (n) => {
    if ((n.type === 'text' && typeof n.text === 'string' && n.text.trim()) || n.type === 'image' || n.type === 'table' || n.type === 'liveBlock') empty = false;
  });
  return empty;
}

function chapterChecks(plan: PlanData): PlanFinding[] {
  const groups = new Set(plan.groups.map((g) => g.id));
  const hasChildren = new Set(plan.chapters.map((c) => c.parentId).filter((id): id is string => id !== null));
  const out: PlanFinding[] = [];
  for (const c of plan.chapters) {
    const title = c.title.trim() || null;
    const where = quotedOr(c.title, 'fallback.untitled');
    const target: FindingTarget = { page: 'chapters', chapterId: c.id };
    if (c.kind === 'chapter' && !hasChildren.has(c.id) && isEmptyBody(c.body)) {
      out.push(finding({ severity: 'warning', code: 'empty-chapter', text: { key: 'chapter.empty', params: { where } }, target, targetName: title, accessibility: false }));
    }
    walk(c.body, (n) => {
      if (n.type !== 'liveBlock') return;
      const attrs = (typeof n.attrs === 'object' && n.attrs ? n.attrs : {}) as Json;
      const kind = attrs.kind;
      if (!(LIVE_BLOCK_KINDS as readonly unknown[]).includes(kind)) {
        out.push(finding({ severity: 'error', code: 'live-block-unknown', text: { key: 'chapter.liveBlockUnknown', params: { where, kind: String(kind ?? '') } }, target, targetName: title, accessibility: false }));
      } else if (kind === 'matrix-group' && typeof attrs.groupId === 'string' && !groups.has(attrs.groupId)) {
        out.push(finding({ severity: 'error', code: 'live-block-dangling', text: { key: 'chapter.liveBlockDangling', params: { where } }, target, targetName: title, accessibility: false }));
      }
    });
  }
  return out;
}

/** Inputs without a conclusion, when the plan prints a merknadsbehandling: «Ikke vurdert» in a document for politicians. */
function merknadsChecks(plan: PlanData): PlanFinding[] {
  let printed = false;
  for (const c of plan.chapters) {
    walk(c.body, (n) => {
      if (n.type === 'liveBlock' && (n.attrs as Json | undefined)?.kind === 'merknadsbehandling') printed = true;
    });
  }
  if (!printed && !AFTER_HEARING.has(plan.plan.phase)) return [];
  const severity: FindingSeverity = AFTER_HEARING.has(plan.plan.phase) ? 'error' : 'warning';
  return orderInputs(plan.inputs)
    .filter((i) => i.conclusion === null)
    .map((i) => {
      const sender = i.sender.trim() || null;
      return finding({
        severity,
        code: 'inputs.unassessed',
        text: { key: 'input.unassessed', params: { sender: quotedOr(i.sender, 'fallback.senderWithoutName') } },
        target: { page: 'hearing', inputId: i.id, column: 'conclusion' },
        targetName: sender,
        accessibility: false,
      });
    });
}
