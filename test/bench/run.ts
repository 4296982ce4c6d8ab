// `npm run bench [-- --json] [-- --only <prefix>]`: runs every test/bench/*.ts module's exported async bench*() and
// prints their figures as a table (with the ratio to an anchor figure where one is named) or as one JSON object.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export type Unit = 'ms' | 'bytes' | 'MB' | 'count';
export type Figure = { value: number; unit: Unit; anchor?: string };
export type Figures = Record<string, Figure>;
type BenchFn = () => Promise<Figures>;

const here = dirname(fileURLToPath(import.meta.url));

/** benchStore → "store", benchRender → "render": the prefix --only matches before a bench runs. */
export function benchPrefix(exportName: string): string {
  const rest = exportName.slice('bench'.length);
  return rest.charAt(0).toLowerCase() + rest.slice(1);
}

/** A bench runs when its prefix and the --only prefix overlap (--only store and --only store.commit both run benchStore). */
export function selects(only: string | null, prefix: string): boolean {
  return only === null || prefix.startsWith(only) || only.startsWith(prefix);
}

export function formatTable(figures: Figures): string {
  const rows = Object.entries(figures)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, f]) => {
      const anchor = f.anchor ? figures[f.anchor] : undefined;
      const ratio = anchor && anchor.value !== 0 ? `${(f.value / anchor.value).toFixed(2)}×` : '';
      return [name, formatValue(f.value), f.unit, f.anchor ?? '', ratio];
    });
  const header = ['figure', 'value', 'unit', 'anchor', 'ratio'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 1 || i === 4 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function formatValue(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return Math.abs(value) >= 100 ? value.toFixed(1) : value.toFixed(2);
}

function isFigures(value: unknown): value is Figures {
  if (!value || typeof value !== 'object') return false;
  return Object.values(value).every(
    (f) => f && typeof f === 'object' && typeof (f as Figure).value === 'number' && ['ms', 'bytes', 'MB', 'count'].includes((f as Figure).unit),
  );
}

/** Bench modules are named for their prefix (store.ts → benchStore): with --only, load just the ones that can match. */
export function benchFiles(all: string[], only: string | null): string[] {
  const files = all.filter((f) => f.endsWith('.ts') && f !== 'run.ts' && !f.endsWith('.test.ts') && !f.endsWith('.d.ts')).sort();
  if (only === null) return files;
  const matching = files.filter((f) => selects(only, f.slice(0, -'.ts'.length)));
  return matching.length > 0 ? matching : files;
}

async function collectBenches(only: string | null): Promise<{ name: string; file: string; run: BenchFn }[]> {
  const files = benchFiles(readdirSync(here), only);
  const benches: { name: string; file: string; run: BenchFn }[] = [];
  for (const file of files) {
    const mod = (await import(pathToFileURL(join(here, file)).href)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) {
      if (/^bench[A-Z]/.test(name) && typeof value === 'function') benches.push({ name, file, run: value as BenchFn });
    }
  }
  return benches;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const onlyIndex = args.indexOf('--only');
  const only = onlyIndex >= 0 ? (args[onlyIndex + 1] ?? null) : null;
  // With --json, stdout carries the JSON object only: whatever a bench logs goes to stderr.
  const log = console.log;
  if (json) console.log = (...parts: unknown[]) => console.error(...parts);

  const figures: Figures = {};
  let failures = 0;
  for (const bench of await collectBenches(only)) {
    if (!selects(only, benchPrefix(bench.name))) continue;
    const started = performance.now();
    try {
      const result = await bench.run();
      if (!isFigures(result)) throw new Error('returned something that is not Record<string, {value, unit}>');
      for (const [name, figure] of Object.entries(result)) if (only === null || name.startsWith(only)) figures[name] = figure;
      console.error(`✔ ${bench.name} (${bench.file}) ${((performance.now() - started) / 1000).toFixed(1)} s`);
    } catch (err) {
      failures++;
      console.error(`✘ ${bench.name} (${bench.file}): ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    }
  }
  console.log = log;
  console.log(json ? JSON.stringify(figures, null, 2) : formatTable(figures));
  process.exitCode = failures === 0 ? 0 : 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
