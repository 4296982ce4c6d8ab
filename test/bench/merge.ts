// Merge figures (issue 11): 5 copies × 100 edits merged in one step in-process and through the CLI as a user runs it,
// the plan file's growth over 10 round trips (copy out, edited, merged back), and the backup folder after 100 merges.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { backupFolder } from '../../electron/services/merge/backups';
import { runCopies, runMerge } from '../../electron/services/merge/mergeCopy';
import { createPlanFile, openPlanFile } from '../../electron/services/store';
import type { FieldChange, PlanData } from '../../shared/domain/plan';
import { buildSamplePlan } from '../../shared/sample/samplePlan';
import type { Figures } from './run';

const COPIES = 5;
const EDITS = 100;
const ROUND_TRIPS = 10;
const MERGES = 100;

/** Edit `i` of working group `k`: every other one a new milestone, the rest renames of areas the groups share. */
function edit(plan: PlanData, k: number, i: number): FieldChange[] {
  if (i % 2 === 0) return [{ table: 'milestones', id: `ms-${k}-${i}`, column: 'name', value: `Milepæl ${i} fra gruppe ${k}` }];
  const area = plan.areas[i % plan.areas.length]!;
  return [{ table: 'areas', id: area.id, column: 'name', value: `${area.name} (gruppe ${k}, endring ${i})` }];
}

/** Copies of the plan file, each given `edits` edits (one commit each, as typing in the app makes them). */
function sendAndEdit(planPath: string, plan: PlanData, dir: string, count: number, edits: number, round = 0): string[] {
  const reader = openPlanFile(planPath, { readOnly: true });
  const paths = Array.from({ length: count }, (_, k) => join(dir, `kopi ${round}-${k + 1}.planverk`));
  for (const path of paths) reader.saveCopy(path);
  reader.close();
  paths.forEach((path, k) => {
    const copy = openPlanFile(path);
    for (let i = 0; i < edits; i++) copy.mutate(edit(plan, k + 1, i));
    copy.close();
  });
  return paths;
}

const folderBytes = (folder: string): number => readdirSync(folder).reduce((sum, name) => sum + statSync(join(folder, name)).size, 0);

export async function benchMerge(): Promise<Figures> {
  const dir = mkdtempSync(join(tmpdir(), 'planverk-bench-merge-'));
  try {
    const plan = buildSamplePlan();
    const pristine = join(dir, 'utgangspunkt.planverk');
    createPlanFile(pristine, plan).close();
    const copies = sendAndEdit(pristine, plan, dir, COPIES, EDITS);

    // In-process: the service the app calls (twin merge, validation, backup, merge into the file).
    const inProcess = join(dir, 'i prosess.planverk');
    copyFileSync(pristine, inProcess);
    const file = openPlanFile(inProcess);
    let t = performance.now();
    runCopies(file, copies);
    const inProcessMs = performance.now() - t;
    file.close();

    // Through the CLI, as a user runs it (the bundle; built before timing).
    const viaCli = join(dir, 'cli.planverk');
    copyFileSync(pristine, viaCli);
    spawnSync(process.execPath, ['scripts/cli.mjs', 'check', pristine], { encoding: 'utf8' });
    t = performance.now();
    const r = spawnSync(process.execPath, ['scripts/cli.mjs', 'merge', viaCli, ...copies], { encoding: 'utf8' });
    const cliMs = performance.now() - t;
    if (r.status !== 0) throw new Error(`cli merge: ${r.stderr}`);

    // Round trips: the plan sent out, 20 edits in the copy, merged back; ten times.
    const trips = join(dir, 'rundturer.planverk');
    copyFileSync(pristine, trips);
    const startBytes = statSync(trips).size;
    for (let round = 0; round < ROUND_TRIPS; round++) {
      const [copy] = sendAndEdit(trips, plan, dir, 1, 20, round + 1);
      const f = openPlanFile(trips);
      runMerge(f, copy!);
      f.close();
    }
    const endBytes = statSync(trips).size;

    // 100 merges in a row, each bringing one change: what the backup folder holds afterwards.
    const often = join(dir, 'ofte.planverk');
    copyFileSync(pristine, often);
    const [copy] = sendAndEdit(often, plan, dir, 1, 0, 99);
    const f = openPlanFile(often);
    t = performance.now();
    for (let i = 0; i < MERGES; i++) {
      const c = openPlanFile(copy!);
      c.mutate([{ table: 'plan', id: plan.plan.id, column: 'title', value: `Tittel ${i}` }]);
      c.close();
      runMerge(f, copy!);
    }
    const mergesMs = performance.now() - t;
    f.close();
    const folder = backupFolder(often);

    return {
      'merge.copies5x100.inProcess': { value: inProcessMs, unit: 'ms' },
      'merge.copies5x100.cli': { value: cliMs, unit: 'ms', anchor: 'merge.copies5x100.inProcess' },
      'merge.roundTrips10.startBytes': { value: startBytes, unit: 'bytes' },
      'merge.roundTrips10.endBytes': { value: endBytes, unit: 'bytes', anchor: 'merge.roundTrips10.startBytes' },
      'merge.backups100.planBytes': { value: statSync(often).size, unit: 'bytes' },
      'merge.backups100.folderBytes': { value: folderBytes(folder), unit: 'bytes', anchor: 'merge.backups100.planBytes' },
      'merge.backups100.files': { value: readdirSync(folder).length, unit: 'count' },
      'merge.backups100.totalMs': { value: mergesMs, unit: 'ms' },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
