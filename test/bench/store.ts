// Store figures (issue 3): open, one edit's commit cost, «Lagre som» on a plan of 500 chapters / 60 areas / 20 images.
// Anchor for the commit: a bare better-sqlite3 UPDATE in its own transaction on the same kind of file, same settings.
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPlanFile, openPlanFile } from '../../electron/services/store';
import type { Figures } from './run';
import { buildLargePlan } from './renderPlan';

const EDITS = 300;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function timeEach(n: number, fn: (i: number) => void): number[] {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    fn(i);
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b);
}

export async function benchStore(): Promise<Figures> {
  const dir = mkdtempSync(join(tmpdir(), 'planverk-bench-store-'));
  try {
    const path = join(dir, 'stor.planverk');
    const plan = buildLargePlan();
    let t = performance.now();
    createPlanFile(path, plan).close();
    const createMs = performance.now() - t;

    t = performance.now();
    const file = openPlanFile(path);
    const openMs = performance.now() - t;
    t = performance.now();
    file.readPlan();
    const readMs = performance.now() - t;

    const frameId = plan.plan.id;
    const commits = timeEach(EDITS, (i) => file.mutate([{ table: 'plan', id: frameId, column: 'title', value: `Tittel ${i}` }]));

    const copyPath = join(dir, 'kopi.planverk');
    t = performance.now();
    file.saveCopy(copyPath);
    const copyMs = performance.now() - t;
    file.close();

    const raw = new Database(join(dir, 'raw.sqlite'));
    raw.pragma('journal_mode = DELETE');
    raw.pragma('synchronous = FULL');
    raw.exec('CREATE TABLE t (id TEXT PRIMARY KEY, title TEXT)');
    raw.prepare('INSERT INTO t VALUES (?, ?)').run('a', '');
    const update = raw.prepare('UPDATE t SET title = ? WHERE id = ?');
    const rawCommits = timeEach(EDITS, (i) => update.run(`Tittel ${i}`, 'a'));
    raw.close();

    return {
      'store.create.ms': { value: createMs, unit: 'ms' },
      'store.open.ms': { value: openMs, unit: 'ms' },
      'store.readPlan.ms': { value: readMs, unit: 'ms' },
      'store.commit.p50': { value: percentile(commits, 50), unit: 'ms', anchor: 'store.anchor.rawCommit.p50' },
      'store.commit.p95': { value: percentile(commits, 95), unit: 'ms', anchor: 'store.anchor.rawCommit.p95' },
      'store.anchor.rawCommit.p50': { value: percentile(rawCommits, 50), unit: 'ms' },
      'store.anchor.rawCommit.p95': { value: percentile(rawCommits, 95), unit: 'ms' },
      'store.saveAs.ms': { value: copyMs, unit: 'ms' },
      'store.saveAs.bytes': { value: statSync(copyPath).size, unit: 'bytes' },
      'store.file.bytes': { value: statSync(path).size, unit: 'bytes' },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
