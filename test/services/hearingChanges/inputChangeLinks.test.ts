// Links between a hearing input and the change it caused (issue 16 «Endringer etter høring») in real plan files:
// logged rows that travel in copies and merge by union in both orders, one link per pair when read, unlinking in one
// copy, the input kept alive by a link made elsewhere, deleting an input taking its links along, junk links refused.
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { createPlanFile, mergeFrom, openPlanFile } from '../../../electron/services/store';
import { linksOf, uniqueLinks } from '../../../shared/domain/inputChange';
import type { FieldChange, PlanData } from '../../../shared/domain/plan';
import { canonicalPlanJson, parsePlanJson } from '../../../shared/interchange/planJson';
import { sha256File, smallPlan, tempDir } from '../store/helpers';

const tmp = tempDir('planverk-input-changes-');
afterAll(() => tmp.cleanup());
let n = 0;

function planWithInput(): { path: string; plan: PlanData; inputId: string; chapterId: string } {
  const plan = smallPlan();
  const inputId = 'input-1';
  plan.inputs.push({ id: inputId, sortKey: 1, sender: 'Statsforvalteren', senderType: 'offentlig-instans', receivedDate: '2025-05-02', summary: 'Mer om bolig.', fullText: '', attachmentAssetId: null, concerns: [], assessment: '', conclusion: null });
  const path = tmp.file(`plan-${++n}.planverk`);
  createPlanFile(path, plan).close();
  return { path, plan, inputId, chapterId: plan.chapters[0]!.id };
}

const link = (id: string, inputId: string, table: string, targetId: string): FieldChange[] => [
  { table: 'inputChanges', id, column: 'inputId', value: inputId },
  { table: 'inputChanges', id, column: 'targetTable', value: table },
  { table: 'inputChanges', id, column: 'targetId', value: targetId },
];

function copyOf(path: string, name: string): string {
  const to = tmp.file(`${name}-${++n}.planverk`);
  const f = openPlanFile(path, { readOnly: true });
  f.saveCopy(to);
  f.close();
  return to;
}

function edit(path: string, changes: FieldChange[]): void {
  const f = openPlanFile(path);
  f.mutate(changes);
  f.close();
}

function read(path: string): PlanData {
  const f = openPlanFile(path, { readOnly: true });
  try {
    return f.readPlan();
  } finally {
    f.close();
  }
}

function mergeInto(into: string, from: string): void {
  const f = openPlanFile(into);
  mergeFrom(f, from);
  f.close();
}

describe('hearing input ↔ change links', () => {
  it('two copies linking different changes to one input keep both links, in either merge order, and the JSON carries them', () => {
    const { path, inputId, chapterId, plan } = planWithInput();
    const a = copyOf(path, 'a');
    const b = copyOf(path, 'b');
    edit(a, link('l-a', inputId, 'chapters', chapterId));
    edit(b, link('l-b', inputId, 'cells', plan.cells[0]!.id));
    const ab = copyOf(path, 'ab');
    mergeInto(ab, a);
    mergeInto(ab, b);
    const ba = copyOf(path, 'ba');
    mergeInto(ba, b);
    mergeInto(ba, a);
    expect(canonicalPlanJson(read(ab))).toBe(canonicalPlanJson(read(ba)));
    const links = uniqueLinks(read(ab).inputChanges);
    expect(links.map((l) => `${l.targetTable}:${l.targetId}`).sort()).toEqual([`cells:${plan.cells[0]!.id}`, `chapters:${chapterId}`]);
    const json = canonicalPlanJson(read(ab));
    expect(json).toContain('"inputChanges"');
    const again = parsePlanJson(json);
    expect(again.ok && again.plan.inputChanges).toHaveLength(2);
  });

  it('the same input and change linked in two copies reads as one link, and unlinking in a later copy removes both rows', () => {
    const { path, inputId, chapterId } = planWithInput();
    const a = copyOf(path, 'a');
    const b = copyOf(path, 'b');
    edit(a, link('l-1', inputId, 'chapters', chapterId));
    edit(b, link('l-2', inputId, 'chapters', chapterId));
    mergeInto(path, a);
    mergeInto(path, b);
    const merged = read(path);
    expect(merged.inputChanges).toHaveLength(2);
    expect(uniqueLinks(merged.inputChanges)).toEqual([{ id: 'l-1', inputId, targetTable: 'chapters', targetId: chapterId }]);
    const c = copyOf(path, 'c');
    edit(c, linksOf(read(c).inputChanges, inputId, { table: 'chapters', id: chapterId }).map((l) => ({ table: 'inputChanges' as const, id: l.id, column: 'tombstone', value: true })));
    mergeInto(path, c);
    expect(read(path).inputChanges).toEqual([]);
  });

  it('a link made in a copy keeps alive the input another copy deleted, and deleting an input locally deletes its links', () => {
    const { path, inputId, chapterId } = planWithInput();
    const a = copyOf(path, 'a');
    const b = copyOf(path, 'b');
    edit(a, link('l-1', inputId, 'chapters', chapterId));
    edit(b, [{ table: 'inputs', id: inputId, column: 'tombstone', value: true }]);
    mergeInto(path, b);
    mergeInto(path, a);
    const merged = read(path);
    expect(merged.inputs.map((i) => i.id)).toEqual([inputId]);
    expect(merged.inputChanges.map((l) => l.id)).toEqual(['l-1']);
    edit(path, [{ table: 'inputs', id: inputId, column: 'tombstone', value: true }]);
    expect(read(path).inputs).toEqual([]);
    expect(read(path).inputChanges).toEqual([]);
  });

  it('a link to a chapter that no longer exists is kept: the removal is the change it points at', () => {
    const { path, inputId, chapterId } = planWithInput();
    edit(path, [...link('l-1', inputId, 'chapters', chapterId), { table: 'chapters', id: chapterId, column: 'tombstone', value: true }]);
    const plan = read(path);
    expect(plan.chapters).toEqual([]);
    expect(plan.inputChanges).toEqual([{ id: 'l-1', inputId, targetTable: 'chapters', targetId: chapterId }]);
  });

  it('a copy bringing a link message of an unknown target table is refused as a whole, both files byte for byte', () => {
    const { path } = planWithInput();
    const copy = copyOf(path, 'junk');
    const db = new Database(copy);
    const ts = `${new Date(Date.now() + 1000).toISOString()}-0000-ABCDEF0123456789`;
    db.prepare('INSERT INTO messages_crdt (timestamp, dataset, "row", "column", value) VALUES (?, ?, ?, ?, ?)').run(ts, 'inputChanges', 'l-x', 'targetTable', '"messages_crdt"');
    db.close();
    const before = [sha256File(path), sha256File(copy)];
    const file = openPlanFile(path);
    expect(() => mergeFrom(file, copy)).toThrow(expect.objectContaining({ code: 'INVALID_COPY' }));
    file.close();
    expect([sha256File(path), sha256File(copy)]).toEqual(before);
  });
});
