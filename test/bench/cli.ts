// CLI start-up (issue 11): `npm run cli -- check` of the sample plan through the bundle, against a bare `node -e 0`
// in the same run (and the TypeScript sources through tsx, as the CLI ran before it was bundled).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPlanFile } from '../../electron/services/store';
import { buildSamplePlan } from '../../shared/sample/samplePlan';
import type { Figures } from './run';

const RUNS = 5;

/** Median wall time of running `args` with node `RUNS` times; throws if it fails. */
function median(command: string, args: string[], runs = RUNS): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const r = spawnSync(command, args, { encoding: 'utf8' });
    times.push(performance.now() - t);
    if (r.status !== 0) throw new Error(`${args.join(' ')}: ${r.stderr}`);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

// The child's own CPU time (user + system), printed at exit: on a shared, loaded machine wall time mostly measures
// waiting for a core, CPU time what starting the CLI costs.
const CPU_AT_EXIT = `data:text/javascript,process.on('exit',()=>{const u=process.cpuUsage();process.stderr.write('cpu-us '+(u.user+u.system)+'\\n')})`;

/** Median CPU milliseconds of the child over `RUNS` runs. */
function medianCpu(args: string[]): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const r = spawnSync(process.execPath, ['--import', CPU_AT_EXIT, ...args], { encoding: 'utf8' });
    const us = /cpu-us (\d+)/.exec(r.stderr)?.[1];
    if (r.status !== 0 || !us) throw new Error(`${args.join(' ')}: ${r.stderr}`);
    times.push(Number(us) / 1000);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
}

export async function benchCli(): Promise<Figures> {
  const dir = mkdtempSync(join(tmpdir(), 'planverk-bench-cli-'));
  try {
    const plan = join(dir, 'Eksempel.planverk');
    createPlanFile(plan, buildSamplePlan()).close();
    // The first run builds the bundle if the sources changed; it is not timed.
    median(process.execPath, ['scripts/cli.mjs', 'check', plan], 1);
    return {
      'cli.nodeBare': { value: median(process.execPath, ['-e', '0']), unit: 'ms' },
      'cli.check': { value: median(process.execPath, ['scripts/cli.mjs', 'check', plan]), unit: 'ms', anchor: 'cli.nodeBare' },
      'cli.nodeBareCpu': { value: medianCpu(['-e', '0']), unit: 'ms' },
      'cli.checkCpu': { value: medianCpu(['scripts/cli.mjs', 'check', plan]), unit: 'ms', anchor: 'cli.nodeBareCpu' },
      'cli.checkTsx': { value: median('./node_modules/.bin/tsx', ['electron/cli/main.ts', 'check', plan], 1), unit: 'ms', anchor: 'cli.nodeBare' },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
