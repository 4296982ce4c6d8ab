// Model-based property test of merging (issue 11): N = 2–5 copies of the sample plan, some of them copies of copies,
// each given random field edits, typing, paragraph deletes, chapter/area/measure deletes, moves and new children,
// then merged in two random orders (one of them as a chain: copies into each other first, then into the plan).
// Every order must give byte-identical export-json; the plan invariants hold; every edit is in the result or in a
// report; the file passes PRAGMA integrity_check; the JSON re-imports. Each copy is a person who also comments on
// chapter text and rows, replies, resolves and deletes own comments (issue 15): every comment not deleted by its
// author is in every result; the authors and every row's last change («Endret av») are the same in every order. Each
// copy also adds words to the plan's word list and removes some (issue 17): a word added and removed by no copy is kept.
// Copies also link hearing inputs to changed chapters and measures and unlink them (issue 16 «Endringer etter høring»).
// The plan starts as an older file the migration filled (its status line and milestone times have no message), and
// copies edit those fields after their versions: every version still reads exactly (fieldBaselines.ts).
// More runs: PLANVERK_MERGE_RUNS=200.
import Database from 'better-sqlite3';
import { Node as PmNode } from '@tiptap/pm/model';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { createCommentService } from '../../../electron/services/comments/commentService';
import { runMerge } from '../../../electron/services/merge/mergeCopy';
import { createPlanFile, mergeFrom, openPlanFile, type PlanFile } from '../../../electron/services/store';
import type { MergeSummary } from '../../../shared/api/calls/merge';
import { PlanverkError } from '../../../shared/api/errors';
import { linksOf } from '../../../shared/domain/inputChange';
import type { FieldChange, PlanData, TableName } from '../../../shared/domain/plan';
import { planWordChanges, planWordId, planWordsOf } from '../../../shared/domain/planWord';
import { planSchema } from '../../../shared/editor';
import { canonicalPlanJson, parsePlanJson } from '../../../shared/interchange/planJson';
import { findPlanBreaches } from '../../../shared/interchange/planInvariants';
import { buildSamplePlan } from '../../../shared/sample/samplePlan';
import { listVersions, makeVersion, readVersion } from '../../../electron/services/versions/versionService';
import { asOlderSchema, authorsSnapshot, tempDir } from '../store/helpers';

const RUNS = Number(process.env.PLANVERK_MERGE_RUNS ?? 3);
const tmp = tempDir('planverk-merge-model-');
afterAll(() => tmp.cleanup());

type Op =
  | { k: 'field'; table: 'measures' | 'areas' | 'themes' | 'chapters'; pick: number; text: string }
  | { k: 'migrated'; pick: number; text: string }
  | { k: 'type'; pick: number; block: number; text: string }
  | { k: 'dropParagraph'; pick: number; block: number }
  | { k: 'delete'; table: 'chapters' | 'areas' | 'measures' | 'themes'; pick: number }
  | { k: 'move'; table: 'chapters' | 'areas'; pick: number; to: number }
  | { k: 'child'; table: 'chapters' | 'areas' | 'cells'; pick: number; text: string }
  | { k: 'version' }
  | { k: 'word'; text: string; pick: number; add: boolean }
  | { k: 'link'; pick: number; at: number }
  | { k: 'comment' | 'reply' | 'resolve' | 'uncomment'; pick: number; at: number; text: string };

const word = fc.stringMatching(/^[a-zæøå]{1,8}$/);
const pick = fc.nat({ max: 1000 });
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ k: fc.constant('field' as const), table: fc.constantFrom('measures' as const, 'areas' as const, 'themes' as const, 'chapters' as const), pick, text: word }),
  fc.record({ k: fc.constant('migrated' as const), pick, text: word }),
  fc.record({ k: fc.constant('type' as const), pick, block: pick, text: word }),
  fc.record({ k: fc.constant('dropParagraph' as const), pick, block: pick }),
  fc.record({ k: fc.constant('delete' as const), table: fc.constantFrom('chapters' as const, 'areas' as const, 'measures' as const, 'themes' as const), pick }),
  fc.record({ k: fc.constant('move' as const), table: fc.constantFrom('chapters' as const, 'areas' as const), pick, to: pick }),
  fc.record({ k: fc.constant('child' as const), table: fc.constantFrom('chapters' as const, 'areas' as const, 'cells' as const), pick, text: word }),
  fc.constant({ k: 'version' as const }),
  fc.record({ k: fc.constant('word' as const), text: word, pick, add: fc.boolean() }),
  fc.record({ k: fc.constant('link' as const), pick, at: pick }),
);
/** Copy i is made from the plan (-1) or from an earlier copy, after that one's edits (a copy of a copy). */
const talk: fc.Arbitrary<Op> = fc.record({ k: fc.constantFrom('comment' as const, 'comment' as const, 'reply' as const, 'resolve' as const, 'uncomment' as const), pick, at: pick, text: word });
const scenario = fc.integer({ min: 2, max: 5 }).chain((n) =>
  fc.record({
    sources: fc.tuple(...Array.from({ length: n }, (_, i) => fc.integer({ min: -1, max: i - 1 }))),
    edits: fc.tuple(...Array.from({ length: n }, () => fc.array(op, { maxLength: 4 }))),
    talks: fc.tuple(...Array.from({ length: n }, () => fc.array(talk, { minLength: 1, maxLength: 4 }))),
    orderA: fc.shuffledSubarray(Array.from({ length: n }, (_, i) => i), { minLength: n, maxLength: n }),
    orderB: fc.shuffledSubarray(Array.from({ length: n }, (_, i) => i), { minLength: n, maxLength: n }),
  }),
);

const of = <T,>(list: readonly T[], i: number): T | undefined => (list.length === 0 ? undefined : list[i % list.length]);
const set = (table: TableName, id: string, column: string, value: unknown): FieldChange => ({ table, id, column, value });
type Edit = { copy: number; change: FieldChange };
/** A named version a copy made between its edits, with the plan's export-json at that moment. */
type Made = { id: string; json: string };

/** The changes one op makes on the plan as the copy has it now (none when it does not apply). */
function changesFor(o: Exclude<Op, { k: 'version' }>, p: PlanData, copy: number, step: number): FieldChange[] {
  const newId = `c${copy}-${step}`;
  switch (o.k) {
    case 'word': {
      // Words shared between copies (a short list of stems) as well as each copy's own.
      const added = o.pick % 2 === 0 ? `Ord${o.text}` : `Ord${o.text}${copy}`;
      const removed = of(p.planWords, o.pick)?.word;
      return o.add ? planWordChanges(added, true) : removed ? planWordChanges(removed, false) : [];
    }
    case 'comment':
    case 'reply':
    case 'resolve':
    case 'uncomment':
      return [];
    case 'link': {
      // A hearing input linked to (or, when linked already, unlinked from) the change of a chapter or a measure (issue 16).
      const input = of(p.inputs, o.pick);
      const target = o.at % 2 === 0 ? { table: 'chapters' as const, id: of(p.chapters, o.at)?.id } : { table: 'measures' as const, id: of(p.measures, o.at)?.id };
      if (!input || !target.id) return [];
      const existing = linksOf(p.inputChanges, input.id, { table: target.table, id: target.id });
      if (existing.length > 0) return existing.map((l) => set('inputChanges', l.id, 'tombstone', true));
      return [set('inputChanges', newId, 'inputId', input.id), set('inputChanges', newId, 'targetTable', target.table), set('inputChanges', newId, 'targetId', target.id)];
    }
    case 'field': {
      const row = of(p[o.table] as Array<{ id: string }>, o.pick);
      return row ? [set(o.table, row.id, o.table === 'chapters' ? 'title' : 'name', `${o.text} ${newId}`)] : [];
    }
    case 'migrated': {
      // A field whose value only the migration wrote: the status line, or a milestone's time.
      const milestone = of(p.milestones, o.pick);
      if (o.pick % 2 === 0 || !milestone) return [set('plan', p.plan.id, 'statusLine', `${o.text} ${newId}`)];
      return [set('milestones', milestone.id, 'time', `${o.text} ${newId}`)];
    }
    case 'type':
    case 'dropParagraph': {
      const chapter = of(p.chapters.filter((c) => (c.body.content ?? []).some((b) => b.type === 'paragraph')), o.pick);
      if (!chapter) return [];
      const blocks = [...(chapter.body.content ?? [])];
      const paragraphs = blocks.map((b, i) => [b, i] as const).filter(([b]) => b.type === 'paragraph');
      const [block, index] = of(paragraphs, o.block)!;
      if (o.k === 'dropParagraph') blocks.splice(index, 1);
      else blocks[index] = { ...block, content: [...((block.content as unknown[]) ?? []), { type: 'text', text: ` ${o.text}${newId}` }] };
      return [set('chapters', chapter.id, 'body', { type: 'doc', content: blocks })];
    }
    case 'delete': {
      const row = of(p[o.table] as Array<{ id: string }>, o.pick);
      return row ? [set(o.table, row.id, 'tombstone', true)] : [];
    }
    case 'move': {
      const rows = p[o.table] as Array<{ id: string; parentId: string | null; themeId?: string; kind?: string }>;
      const row = of(rows.filter((r) => r.kind !== 'part'), o.pick);
      if (!row) return [];
      const targets = rows.filter((r) => r.id !== row.id && (o.table === 'chapters' || r.themeId === row.themeId));
      const to = o.to % 4 === 0 ? null : (of(targets, o.to)?.id ?? null);
      return [set(o.table, row.id, 'parentId', to)];
    }
    case 'child': {
      if (o.table === 'cells') {
        const area = of(p.areas, o.pick);
        const group = of(p.groups, o.text.length);
        return area && group ? [set('cells', `${area.id}:${group.id}`, 'areaId', area.id), set('cells', `${area.id}:${group.id}`, 'groupId', group.id), set('cells', `${area.id}:${group.id}`, 'level', 'SpH'), set('cells', `${area.id}:${group.id}`, 'tombstone', false)] : [];
      }
      if (o.table === 'areas') {
        const theme = of(p.themes, o.pick);
        return theme ? [set('areas', newId, 'themeId', theme.id), set('areas', newId, 'name', `Område ${newId}`), set('areas', newId, 'sortKey', 100 + step)] : [];
      }
      const parent = of(p.chapters.filter((c) => c.kind === 'chapter'), o.pick);
      return parent ? [set('chapters', newId, 'parentId', parent.id), set('chapters', newId, 'title', `Kapittel ${newId}`), set('chapters', newId, 'sortKey', 100 + step)] : [];
    }
  }
}

type CommentLog = { made: Map<string, number>; deleted: Set<string> };

/** A comment op as the copy's person does it through the comment service (chapter text ranges, areas, replies). */
function commentOp(file: PlanFile, o: Extract<Op, { k: 'comment' | 'reply' | 'resolve' | 'uncomment' }>, copy: number, step: number, log: CommentLog): void {
  const service = createCommentService(file, { now: () => new Date(Date.UTC(2026, 11, 7, 5, copy, step)), newId: () => `k${copy}-${step}` });
  const p = file.readPlan();
  const mine = p.comments.filter((c) => c.authorId === `person-${copy}`);
  if (o.k === 'comment') {
    const chapter = of(p.chapters.filter((c) => (c.body.content ?? []).some((b) => b.type === 'paragraph' && b.content)), o.pick);
    if (chapter && o.at % 3 !== 0) {
      const size = PmNode.fromJSON(planSchema(), chapter.body).content.size;
      const from = o.at % Math.max(1, size - 1);
      try {
        service.add({ targetTable: 'chapters', targetId: chapter.id, body: o.text, place: { from, to: from + 1 + (o.pick % 7) } });
      } catch (err) {
        if (!(err instanceof PlanverkError)) throw err;
        return; // a range outside the text or over no text: refused, nothing written
      }
    } else {
      const area = of(p.areas, o.pick);
      if (!area) return;
      service.add({ targetTable: 'areas', targetId: area.id, body: o.text });
    }
    log.made.set(`k${copy}-${step}`, copy);
  } else if (o.k === 'reply') {
    const parent = of(p.comments, o.pick);
    if (!parent) return;
    service.reply(parent.id, o.text);
    log.made.set(`k${copy}-${step}`, copy);
  } else if (o.k === 'resolve') {
    const c = of(p.comments, o.pick);
    if (c) (o.at % 2 === 0 ? service.resolve : service.reopen)(c.id);
  } else {
    const c = of(mine, o.pick);
    if (!c) return;
    service.remove(c.id);
    log.deleted.add(c.id);
  }
}

type WordLog = { added: Set<string>; removed: Set<string> };

function applyOps(path: string, ops: readonly Op[], copy: number, edits: Edit[], made: Made[], comments: CommentLog, words: WordLog): void {
  const file = openPlanFile(path);
  file.setAuthor({ id: `person-${copy}`, name: `Person ${copy}`, initials: `P${copy}`, group: copy % 2 === 0 ? 'Arbeidsgruppe 1' : null });
  try {
    ops.forEach((o, step) => {
      if (o.k === 'version') {
        const v = makeVersion(file, { name: `Versjon ${copy}-${step}` });
        made.push({ id: v.id, json: canonicalPlanJson(file.readPlan()) });
        return;
      }
      if (o.k === 'comment' || o.k === 'reply' || o.k === 'resolve' || o.k === 'uncomment') return commentOp(file, o, copy, step, comments);
      const changes = changesFor(o, file.readPlan(), copy, step);
      if (changes.length === 0) return;
      if (o.k === 'word') {
        file.mutate(changes);
        for (const c of changes) if (c.column === 'word') words.added.add(c.value as string);
        for (const c of changes) if (c.column === 'tombstone' && c.value === true) words.removed.add(c.id);
        return;
      }
      try {
        file.mutate(changes);
        for (const change of changes) if (change.column !== 'tombstone' && change.column !== 'sortKey') edits.push({ copy, change });
      } catch (err) {
        // A local change the store refuses (a move into itself) is not an edit; nothing was written.
        if (!(err instanceof PlanverkError)) throw err;
      }
    });
  } finally {
    file.close();
  }
}

/** The plan as an older build (before migration 0003) left it, opened once: the migration fills fields no message wrote. */
function migratedFromOlder(path: string): void {
  const db = new Database(path);
  asOlderSchema(db, 3);
  db.exec(`DELETE FROM messages_crdt WHERE (dataset = 'plan' AND "column" = 'statusLine') OR (dataset = 'milestones' AND "column" = 'time')`);
  db.close();
  openPlanFile(path).close();
}

function saveCopy(from: string, to: string): void {
  const f = openPlanFile(from, { readOnly: true });
  f.saveCopy(to);
  f.close();
}

/** Through the merge service (backup, validation, report) when the report is wanted, else the store's merge alone. */
function merge(into: string, from: string, reports: MergeSummary[] | null): void {
  const file = openPlanFile(into);
  try {
    if (reports) reports.push(runMerge(file, from));
    else mergeFrom(file, from);
  } finally {
    file.close();
  }
}

/** «table:id» of every row the copy shows after its own edits. */
function liveIds(path: string): Set<string> {
  const file = openPlanFile(path, { readOnly: true });
  try {
    const plan = file.readPlan();
    const ids = new Set<string>();
    for (const [table, rows] of Object.entries(plan)) if (Array.isArray(rows)) for (const r of rows as Array<{ id: string }>) ids.add(`${table}:${r.id}`);
    return ids;
  } finally {
    file.close();
  }
}

function authorsOf(path: string): ReturnType<typeof authorsSnapshot> {
  const file = openPlanFile(path, { readOnly: true });
  try {
    return authorsSnapshot(file.database);
  } finally {
    file.close();
  }
}

function finalJson(path: string): string {
  const file: PlanFile = openPlanFile(path, { readOnly: true });
  try {
    expect(file.database.prepare('PRAGMA integrity_check').pluck().get()).toBe('ok');
    const plan = file.readPlan();
    expect(findPlanBreaches(plan)).toEqual([]);
    const json = canonicalPlanJson(plan);
    const again = parsePlanJson(json);
    expect(again.ok).toBe(true);
    return json;
  } finally {
    file.close();
  }
}

/** Every version any copy made is in the merged plan and reads exactly as the plan read when it was made. */
function versionsRead(path: string, made: readonly Made[]): void {
  const file = openPlanFile(path, { readOnly: true });
  try {
    expect(listVersions(file).map((v) => v.id).sort()).toEqual(made.map((m) => m.id).sort());
    for (const m of made) expect(canonicalPlanJson(readVersion(file, m.id).plan), `version ${m.id}`).toBe(m.json);
  } finally {
    file.close();
  }
}

/** An edit is in the result, or a report names its row (conflict, delete against edit, repair), or a later copy built on it. */
function accountedFor(e: Edit, result: PlanData, reports: readonly MergeSummary[], sources: readonly number[], edits: readonly Edit[], ownLive: ReadonlySet<string>): boolean {
  const { table, id, column, value } = e.change;
  const rows = result[table] as unknown as Record<string, unknown> | Array<Record<string, unknown>>;
  const row = (Array.isArray(rows) ? rows : [rows]).find((r) => r.id === id);
  if (row && (column === 'body' || JSON.stringify(row[column]) === JSON.stringify(value))) return true;
  // The copy deleted the row itself after editing it (e.g. a new sub-chapter whose chapter it then deleted).
  if (!row && !ownLive.has(`${table}:${id}`)) return true;
  if (column === 'body' && !row) return reports.some((r) => r.deletedEdits.some((d) => d.rowId === id) || r.offeredText.some((o) => o.chapterId === id));
  if (reports.some((r) => r.conflicts.some((c) => c.rowId === id && c.column === column) || r.deletedEdits.some((d) => d.rowId === id))) return true;
  const descends = (copy: number, ancestor: number): boolean => copy !== -1 && (sources[copy] === ancestor || descends(sources[copy]!, ancestor));
  // A copy made from this one saw the edit and changed or deleted the row on purpose.
  return edits.some((later) => later.change.id === id && descends(later.copy, e.copy)) || (!row && sources.some((_, c) => descends(c, e.copy)));
}

describe('merging N copies in any order (model-based)', () => {
  const base = tmp.file('base.planverk');
  createPlanFile(base, buildSamplePlan()).close();
  migratedFromOlder(base);
  let run = 0;

  it('converges to byte-identical export-json in every order and chain, with a whole plan and every edit kept or reported, and versions survive merges in any order', () => {
    fc.assert(
      fc.property(scenario, ({ sources, edits: opsPerCopy, talks, orderA, orderB }) => {
        run++;
        const dir = (name: string): string => tmp.file(`r${run}-${name}.planverk`);
        const edits: Edit[] = [];
        const made: Made[] = [];
        const comments: CommentLog = { made: new Map(), deleted: new Set() };
        const words: WordLog = { added: new Set(), removed: new Set() };
        const copies = sources.map((_, i) => dir(`copy${i}`));
        sources.forEach((source, i) => {
          saveCopy(source === -1 ? base : copies[source]!, copies[i]!);
          // Comments come between the edits (and on their text), as someone reviews while writing.
          const ops = opsPerCopy[i]!.flatMap((o, k) => [o, ...(talks[i]![k] ? [talks[i]![k]!] : [])]).concat(talks[i]!.slice(opsPerCopy[i]!.length));
          applyOps(copies[i]!, ops, i, edits, made, comments, words);
        });
        // Order A: every copy into the plan, one after another.
        const planA = dir('planA');
        saveCopy(base, planA);
        const reports: MergeSummary[] = [];
        for (const i of orderA) merge(planA, copies[i]!, reports);
        // Order B, a chain: the copies into the first one (back and forth with the second), then that into the plan.
        const chain = orderB.map((i) => dir(`chain${i}`));
        orderB.forEach((i, k) => saveCopy(copies[i]!, chain[k]!));
        for (const other of chain.slice(1)) merge(chain[0]!, other, null);
        merge(chain[1]!, chain[0]!, null);
        merge(chain[0]!, chain[1]!, null);
        const planB = dir('planB');
        saveCopy(base, planB);
        merge(planB, chain[0]!, null);

        const jsonA = finalJson(planA);
        expect(finalJson(planB)).toBe(jsonA);
        expect(authorsOf(planB)).toEqual(authorsOf(planA));
        versionsRead(planA, made);
        versionsRead(planB, made);
        const result = JSON.parse(jsonA) as PlanData;
        const live = copies.map((path) => liveIds(path));
        for (const e of edits) expect(accountedFor(e, result, reports, sources, edits, live[e.copy]!), `${e.change.table}.${e.change.id}.${e.change.column} from copy ${e.copy}`).toBe(true);
        // Comments merge by union: only its author deletes one, so every other comment made in any copy is there.
        const kept = new Set((result.comments ?? []).map((c) => c.id));
        for (const id of comments.made.keys()) if (!comments.deleted.has(id)) expect(kept.has(id), `comment ${id}`).toBe(true);
        // The word list merges by union of rows: a word no copy removed is on the merged list.
        const listed = new Set(planWordsOf(result.planWords));
        for (const w of words.added) if (!words.removed.has(planWordId(w))) expect(listed.has(w), `word ${w}`).toBe(true);
      }),
      { seed: Number(process.env.PLANVERK_MERGE_SEED ?? 20261206), numRuns: RUNS },
    );
  }, 600_000);
});
