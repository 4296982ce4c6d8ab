// Spawns measuredCli.child.ts: the CLI as a user runs it, with its time and peak memory.
import { spawn } from 'node:child_process';

export type MeasuredRun = { code: number; out: string[]; err: string[]; ms: number; maxRssMb: number };

export function measuredCli(args: string[], timeoutMs = 120_000): Promise<MeasuredRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/cli/measuredCli.child.ts', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the CLI did not finish in ${timeoutMs} ms: ${args.join(' ')}`));
    }, timeoutMs);
    child.on('close', () => {
      clearTimeout(timer);
      try {
        resolve(JSON.parse(stdout) as MeasuredRun);
      } catch {
        reject(new Error(`no report from the CLI: ${stdout.slice(0, 500)} ${stderr.slice(0, 2000)}`));
      }
    });
  });
}
