// Runs one CLI command in a process of its own and reports its exit code, output, time and peak memory (maxRSS) as JSON:
// the imports' memory on hostile files is measured here, where nothing else lives in the heap.
import { COMMANDS } from '../../electron/cli/commands';
import { runCli } from '../../electron/cli/run';

async function main(): Promise<void> {
  const out: string[] = [];
  const err: string[] = [];
  // Commands load their modules when they run: load them first, so the time is the import's, not the module loader's.
  await COMMANDS[process.argv[2] ?? '']?.();
  const start = performance.now();
  const code = await runCli(process.argv.slice(2), { out: (l) => out.push(l), err: (l) => err.push(l) });
  const ms = Math.round(performance.now() - start);
  const maxRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  process.stdout.write(JSON.stringify({ code, out, err, ms, maxRssMb }));
}

void main();
