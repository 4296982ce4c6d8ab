// Fuzzing the change log of a returned copy (issue 12 «Tests that must exist»): fast-check edits a copy's messages
// (timestamps, tables, columns, values, frame rows), inserting new ones or rewriting the copy's own, and merges it
// through the service. Every hostile copy is refused with both files byte for byte unchanged; every benign odd copy
// (valid changes stamped up to 60 years ahead with any counter, tampered messages the plan already has) merges
// into a valid plan whose clock stays now and which keeps saving. 1,000 cases; PLANVERK_LONG=1 runs 10,000.
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { runMerge } from '../../../electron/services/merge/mergeCopy';
import { createPlanFile, openPlanFile } from '../../../electron/services/store';
import { planBreaches } from '../../../electron/services/store/validateMergedPlan';
import { PlanverkError } from '../../../shared/api/errors';
import { sha256File, smallPlan, tempDir } from '../store/helpers';
import { stamp } from './hostileCopy';

const CASES = Number(process.env.FUZZ_CASES ?? (process.env.PLANVERK_LONG === "1" ? 10_000 : 1000));
const tmp = tempDir('planverk-fuzz-copylog-', '/dev/shm');
afterAll(() => tmp.cleanup());

const HOSTILE = [
  'ts-node-length',
  'ts-lower-case',
  'ts-garbage',
  'ts-bad-date',
  'ts-counter',
  'table-unknown',
  'column-unknown',
  'row-invalid',
  'value-type',
  'value-not-json',
  'value-too-large',
  'frame-new',
  'frame-tombstone',
] as const;
const BENIGN = ['future-valid', 'tamper-shared'] as const;
type Kind = (typeof HOSTILE)[number] | (typeof BENIGN)[number];

const Case = fc.record({
  kind: fc.constantFrom<Kind>(...HOSTILE, ...HOSTILE, ...BENIGN),
  rewriteOwn: fc.boolean(),
  pick: fc.nat({ max: 1000 }),
  text: fc.string({ maxLength: 20 }),
  aheadMs: fc.oneof(fc.integer({ min: 0, max: 10 * 60_000 }), fc.integer({ min: 0, max: 60 * 365 * 86_400_000 })),
  counter: fc.integer({ min: 0, max: 0xffff }),
});
type Case = typeof Case extends fc.Arbitrary<infer T> ? T : never;

type Msg = { timestamp: string; dataset: string; row: string; column: string; value: string };

/** One message of the kind asked for, built on a valid one (`base`) so that only the fuzzed part is wrong. */
function mutate(c: Case, base: Msg, frameId: string): Msg {
  const pickOf = <T>(list: readonly T[]): T => list[c.pick % list.length]!;
  const [day, counter, node] = [base.timestamp.slice(0, 24), base.timestamp.slice(25, 29), base.timestamp.slice(30)];
  switch (c.kind) {
    case 'ts-node-length':
      return { ...base, timestamp: `${day}-${counter}-${pickOf([`${node}0`, node.slice(1), '', `${node}${node}`])}` };
    case 'ts-lower-case':
      return { ...base, timestamp: `${day}-${counter}-${node.toLowerCase().replace(/^[0-9]/, 'a')}` };
    case 'ts-garbage':
      return { ...base, timestamp: `x${c.text}` };
    case 'ts-bad-date':
      return { ...base, timestamp: `${pickOf(['2026-13-01T10:00:00.000Z', '2026-02-30T10:00:00.000Z', '2026-01-01T25:00:00.000Z', '2026-01-01 10:00:00.000Z'])}-${counter}-${node}` };
    case 'ts-counter':
      return { ...base, timestamp: `${day}-${pickOf(['GGGG', '10000', '-001', 'ffff'])}-${node}` };
    case 'table-unknown':
      return { ...base, dataset: pickOf([`x_${c.text}`, 'sqlite_master', 'messages_crdt', 'meta', 'Plan', 'plan ', '']) };
    case 'column-unknown':
      return pickOf([
        { ...base, column: `x_${c.text}` },
        { ...base, column: 'id' },
        { ...base, column: 'Name' },
        { ...base, column: '' },
        { ...base, dataset: 'chapters', column: 'body', value: '{"type":"doc","content":[]}' },
        { ...base, dataset: 'assets', column: 'dataBase64', value: '"AAAA"' },
      ]);
    case 'row-invalid':
      return { ...base, row: pickOf(['', 'x'.repeat(81)]) };
    case 'value-type':
      return { ...base, value: pickOf(['42', 'null', 'true', '{}', '[]', '{"type":"doc"}']) };
    case 'value-not-json':
      return { ...base, value: `{${c.text}` };
    case 'value-too-large':
      return { ...base, value: JSON.stringify('x'.repeat(1_000_001)) };
    case 'frame-new':
      return { ...base, dataset: 'plan', row: `x${c.text}`, column: 'title', value: '"Overtatt"' };
    case 'frame-tombstone':
      return { ...base, dataset: 'plan', row: frameId, column: 'tombstone', value: pickOf(['true', 'false', '1', '0']) };
    case 'future-valid':
      return { ...base, timestamp: stamp(Date.now() + c.aheadMs, c.counter), value: JSON.stringify(`Fram ${c.text}`.slice(0, 500)) };
    case 'tamper-shared':
      return base;
  }
}

describe('fuzzed change logs of returned copies', () => {
  it(`refuses every hostile copy and merges every benign one, in ${CASES} cases, never changing a refused input`, () => {
    const plan = smallPlan();
    const here = tmp.file('plan.planverk');
    const baseCopy = tmp.file('grunnlag.planverk');
    const file = createPlanFile(here, plan);
    file.saveCopy(baseCopy);
    const honest = openPlanFile(baseCopy);
    honest.mutate([{ table: 'themes', id: plan.themes[0]!.id, column: 'name', value: 'Ærlig' }]);
    honest.close();
    const baseBytes = readFileSync(baseCopy);
    const themeId = plan.themes[0]!.id;
    const outcomes = new Map<string, number>();
    let n = 0;

    fc.assert(
      fc.property(Case, (c) => {
        const copy = tmp.file(`kopi-${n++}.planverk`);
        writeFileSync(copy, baseBytes);
        const db = new Database(copy);
        const own = db.prepare('SELECT * FROM messages_crdt ORDER BY timestamp DESC LIMIT 1').get() as Msg;
        if (c.kind === 'tamper-shared') {
          const shared = db.prepare('SELECT timestamp FROM messages_crdt ORDER BY timestamp LIMIT 1 OFFSET ?').pluck().get(c.pick % 20) as string;
          db.prepare('UPDATE messages_crdt SET value = ? WHERE timestamp = ?').run(JSON.stringify(`Tuklet ${c.text}`), shared);
        } else {
          const fresh: Msg = { timestamp: stamp(Date.now(), 1 + (c.pick % 100)), dataset: 'themes', row: themeId, column: 'name', value: JSON.stringify(`Ny ${c.text}`.slice(0, 400)) };
          // The copy's own change rewritten under a new timestamp: one the plan already has would be ignored, not merged.
          const m = mutate(c, c.rewriteOwn ? { ...own, timestamp: fresh.timestamp } : fresh, plan.plan.id);
          if (c.rewriteOwn) db.prepare('DELETE FROM messages_crdt WHERE timestamp = ?').run(own.timestamp);
          db.prepare('INSERT OR REPLACE INTO messages_crdt (timestamp, dataset, "row", "column", value) VALUES (?, ?, ?, ?, ?)').run(m.timestamp, m.dataset, m.row, m.column, m.value);
        }
        db.close();
        const before = [sha256File(here), sha256File(copy)];
        const hostile = (HOSTILE as readonly string[]).includes(c.kind);
        let outcome = 'merged';
        try {
          runMerge(file, copy);
        } catch (err) {
          if (!(err instanceof PlanverkError)) throw err;
          outcome = err.code;
        }
        outcomes.set(`${c.kind}:${outcome}`, (outcomes.get(`${c.kind}:${outcome}`) ?? 0) + 1);
        if (hostile) {
          expect(outcome, `${c.kind} accepted`).not.toBe('merged');
          expect(['INVALID_COPY', 'OTHER_PLAN'], c.kind).toContain(outcome);
          expect([sha256File(here), sha256File(copy)], `${c.kind} changed an input`).toEqual(before);
        } else {
          expect(outcome, c.kind).toBe('merged');
          expect(sha256File(copy)).toBe(before[1]);
          expect(planBreaches(file.database)).toEqual([]);
          const clock = file.database.prepare("SELECT value FROM meta WHERE key = 'clock'").pluck().get() as string;
          expect(Date.parse(clock.slice(0, 24))).toBeLessThanOrEqual(Date.now() + 1000);
          expect(JSON.stringify(file.readPlan())).not.toContain('Tuklet');
          file.mutate([{ table: 'groups', id: plan.groups[0]!.id, column: 'name', value: `Gruppe ${n}` }]);
        }
        return true;
      }),
      { numRuns: CASES, seed: 12_122_026 },
    );
    file.close();
    // The run must have exercised both sides: many refusals and some merges.
    const refused = [...outcomes].filter(([k]) => !k.endsWith(':merged')).reduce((a, [, v]) => a + v, 0);
    expect(refused).toBeGreaterThan(CASES / 2);
    expect(outcomes.get('future-valid:merged') ?? 0).toBeGreaterThan(0);
  }, 600_000);
});
