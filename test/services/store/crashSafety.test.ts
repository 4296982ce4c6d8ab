import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlanFile, openPlanFile } from '../../../electron/services/store';
import { smallPlan, tempDir } from './helpers';

const KILLS = process.env.PLANVERK_LONG === '1' ? 1000 : 100;
// SIGKILL loses no page cache, so tmpfs tests process crashes as well as a disk does, without the fsync waits.
const tmp = tempDir('planverk-crash-', existsSync('/dev/shm') ? '/dev/shm' : undefined);
const bundle = resolve('test/.out/crashWriter.mjs');
afterAll(() => tmp.cleanup());

beforeAll(async () => {
  mkdirSync(resolve('test/.out'), { recursive: true });
  // One bundled file, so each of the many spawns starts fast.
  await build({
    entryPoints: ['test/services/store/crashWriter.child.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: bundle,
    external: ['better-sqlite3'],
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    logLevel: 'error',
  });
});

/** Runs the writer until it has acknowledged a few edits plus a random delay, then SIGKILLs it. Returns the acks. */
function runAndKill(path: string, start: number, rand: () => number): Promise<number[]> {
  return new Promise((resolveAcks, reject) => {
    const child = spawn(process.execPath, [bundle, path, String(start)], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, PLANVERK_MIGRATIONS: resolve('migrations') },
    });
    const acks: number[] = [];
    let buffer = '';
    let stderr = '';
    let armed = false;
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      buffer += d.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const l of lines) if (l.startsWith('ack ')) acks.push(Number(l.slice(4)));
      if (!armed && acks.length > 0) {
        armed = true;
        setTimeout(() => child.kill('SIGKILL'), Math.floor(rand() * 25));
      }
    });
    child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolveAcks(acks) : reject(new Error(`writer exited: ${stderr}`))));
  });
}

describe('crash safety', () => {
  it(`keeps every acknowledged edit and a sound file through ${KILLS} SIGKILLs at random moments`, async () => {
    const path = tmp.file('crash.planverk');
    createPlanFile(path, smallPlan()).close();
    let seed = 12345;
    const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    let next = 0;
    let acknowledged = 0;
    for (let kill = 0; kill < KILLS; kill++) {
      const acks = await runAndKill(path, next, rand);
      acknowledged += acks.length;
      // The next open rolls back a hot journal and takes over the dead writer's lock.
      const file = openPlanFile(path);
      try {
        expect(file.database.pragma('integrity_check', { simple: true })).toBe('ok');
        const names = new Map(file.readPlan().themes.map((t) => [t.id, t.name]));
        for (const n of acks) expect(names.get(`crash-${n}`), `edit ${n} after kill ${kill}`).toBe(`verdi ${n}`);
        next = Math.max(next, ...acks) + 1000;
      } finally {
        file.close();
      }
    }
    expect(acknowledged).toBeGreaterThan(KILLS);
  }, 600_000); // a bound, not a speed goal: a spawn per kill takes seconds on a busy machine
});
