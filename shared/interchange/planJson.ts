// The JSON interchange format (docs/plan-format.md): parse with the first bad field's path, and write canonically
// so that plan → JSON → plan → JSON is byte-identical.
import { ENTITIES, PLAN_FORMAT, PLAN_FORMAT_VERSION, PlanData, type TableName } from '../domain/plan';
import { orderTable } from '../domain/rowOrder';
import { normaliseLovdataId } from '../plantables/laws';
import { formatPath } from './path';
import { checkReferences } from './references';
import { upgradeFromVersion1 } from './upgrade';

/** One problem of a refused plan: where, what, and the value found there (shortened; '(mangler)' when absent). */
export type PlanProblem = { path: string; message: string; value: string };
/** A refusal names its first problem (path, message) and lists up to MAX_PROBLEMS of them. */
export type ParsePlanResult = { ok: true; plan: PlanData } | { ok: false; path: string; message: string; problems?: PlanProblem[] };

export const MAX_PROBLEMS = 20;

type Shape = Record<string, unknown>;
const shapeKeys = (table: TableName): string[] => Object.keys((ENTITIES[table] as unknown as { shape: Shape }).shape);
const TOP_KEYS = Object.keys(PlanData.shape);
const LIST_TABLES = TOP_KEYS.filter((k) => k !== 'plan' && k in ENTITIES) as Array<Exclude<TableName, 'plan'>>;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function parsePlanJson(text: string): ParsePlanResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, path: '(rot)', message: `Filen er ikke gyldig JSON: ${(e as Error).message}` };
  }
  return parsePlanValue(raw);
}

/** Same checks for a value that is already parsed from JSON. */
export function parsePlanValue(value: unknown): ParsePlanResult {
  if (!isObject(value)) return { ok: false, path: '(rot)', message: 'Planen må være et JSON-objekt.' };
  const raw = value.formatVersion === 1 ? upgradeFromVersion1(value) : value;
  if (raw.format !== PLAN_FORMAT) return { ok: false, path: 'format', message: `Dette er ikke en Planverk-plan (format skal være «${PLAN_FORMAT}»).` };
  if (typeof raw.formatVersion === 'number' && raw.formatVersion > PLAN_FORMAT_VERSION) {
    return {
      ok: false,
      path: 'formatVersion',
      message: `Planen er skrevet i formatversjon ${raw.formatVersion}, men denne Planverk leser bare til og med versjon ${PLAN_FORMAT_VERSION}. Oppdater Planverk.`,
    };
  }
  const unknown = firstUnknownKey(raw);
  if (unknown) return { ok: false, path: unknown, message: `Ukjent felt i formatversjon ${PLAN_FORMAT_VERSION}.` };
  normaliseLovdataIds(raw);
  const parsed = PlanData.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, MAX_PROBLEMS).map((issue) => ({ path: formatPath(issue.path), message: issue.message, value: shownValue(valueAt(raw, issue.path)) }));
    return { ok: false, path: problems[0]!.path, message: problems[0]!.message, problems };
  }
  const bad = checkReferences(parsed.data);
  if (bad) return { ok: false, ...bad };
  return { ok: true, plan: parsed.data };
}

/** Lovdata ids as the Tabeller page takes them: «lov-2011-06-24-30» and stray spaces are the same id in capitals. */
function normaliseLovdataIds(raw: Record<string, unknown>): void {
  if (!Array.isArray(raw.laws)) return;
  for (const law of raw.laws) if (isObject(law) && typeof law.lovdataId === 'string') law.lovdataId = normaliseLovdataId(law.lovdataId);
}

function valueAt(raw: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let v: unknown = raw;
  for (const key of path) v = typeof v === 'object' && v !== null ? (v as Record<PropertyKey, unknown>)[key] : undefined;
  return v;
}

function shownValue(v: unknown): string {
  if (v === undefined) return '(mangler)';
  const text = JSON.stringify(v) ?? String(v);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** A misspelt field would otherwise be dropped without a word; the format is closed within a version. */
function firstUnknownKey(raw: Record<string, unknown>): string | null {
  for (const key of Object.keys(raw)) if (!TOP_KEYS.includes(key)) return key;
  if (isObject(raw.plan)) {
    const allowed = shapeKeys('plan');
    for (const key of Object.keys(raw.plan)) if (!allowed.includes(key)) return `plan.${key}`;
  }
  for (const table of LIST_TABLES) {
    const rows = raw[table];
    if (!Array.isArray(rows)) continue;
    const allowed = shapeKeys(table);
    for (let i = 0; i < rows.length; i++) {
      const row: unknown = rows[i];
      if (!isObject(row)) continue;
      for (const key of Object.keys(row)) if (!allowed.includes(key)) return formatPath([table, i, key]);
    }
  }
  return null;
}

const RICH_KEY_ORDER = ['type', 'attrs', 'text', 'marks', 'content'];

/** Rich text keeps its arrays as they are (order is meaning) but gets a fixed key order. */
function canonicalValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonicalValue);
  if (!isObject(value)) return value;
  const keys = Object.keys(value).sort((a, b) => {
    const ia = RICH_KEY_ORDER.indexOf(a);
    const ib = RICH_KEY_ORDER.indexOf(b);
    if (ia !== -1 || ib !== -1) return (ia === -1 ? 99 : ia) - (ib === -1 ? 99 : ib);
    return a < b ? -1 : a > b ? 1 : 0;
  });
  const out: Record<string, unknown> = {};
  for (const k of keys) if (value[k] !== undefined) out[k] = canonicalValue(value[k]);
  return out;
}

function canonicalRow(table: TableName, row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of shapeKeys(table)) out[key] = canonicalValue(row[key]);
  return out;
}

/** The plan as canonical JSON: schema key order, rows in row order (shared/domain/rowOrder.ts), 2-space indent, final newline. */
export function canonicalPlanJson(plan: PlanData): string {
  const out: Record<string, unknown> = { format: PLAN_FORMAT, formatVersion: PLAN_FORMAT_VERSION };
  out.plan = canonicalRow('plan', plan.plan as unknown as Record<string, unknown>);
  for (const table of LIST_TABLES) {
    const rows = (plan[table] ?? []) as unknown as Array<{ id: string } & Record<string, unknown>>;
    // An optional table is written only when it has rows, so a plan without comments reads and writes as before.
    if (rows.length === 0 && PlanData.shape[table].safeParse(undefined).success) continue;
    out[table] = orderTable(table, rows).map((r) => canonicalRow(table, r));
  }
  return `${JSON.stringify(out, null, 2)}\n`;
}
