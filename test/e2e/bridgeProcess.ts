// `npm run web …` as its own process, for tests that need a fresh session (the start screen with no plan open) or
// must kill the bridge (SIGKILL). node with tsx's loader is one process, so the pid is the bridge's own.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../electron/web/rendererBuild';
import { presetPerson } from './presetPerson';

export type BridgeProcess = { child: ChildProcess; origin: string; token: string; exited: Promise<void>; stop(): Promise<void> };

/** `args` as on the command line (a plan file, --folder …); the data and default documents folders are `dataDir`. */
export async function startBridgeProcess(args: string[], dataDir: string): Promise<BridgeProcess> {
  mkdirSync(dataDir, { recursive: true });
  presetPerson(dataDir);
  const child = spawn(process.execPath, ['--import', 'tsx', join(PROJECT_ROOT, 'electron/web/serve.ts'), ...args], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, PLANVERK_DATA_DIR: dataDir, PLANVERK_DOCUMENTS_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const found = await new Promise<{ origin: string; token: string }>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`bridge did not start: ${out}`)), 60_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const match = /(http:\/\/127\.0\.0\.1:\d+)\/#token=([A-Za-z0-9_-]+)/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve({ origin: match[1]!, token: match[2]! });
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.once('exit', () => reject(new Error(`bridge exited: ${out}`)));
  });
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  return { child, ...found, exited, stop };
}
