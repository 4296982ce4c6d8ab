#!/usr/bin/env node
// Electron security audit: runs @doyensec/electronegativity over electron/ and fails on any finding that is not
// listed, with a written reason, in electron/shell/electronegativity-justified.json.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
// --input and --justified exist for the audit's own test; npm test uses the defaults.
const option = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const input = option('--input', join(root, 'electron'));
const justified = JSON.parse(readFileSync(option('--justified', join(root, 'electron/shell/electronegativity-justified.json')), 'utf8'));
const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')).version;

// SARIF, not CSV: the tool writes the CSV header and body with two racing async writes, which can garble the file.
const out = join(mkdtempSync(join(tmpdir(), 'planverk-audit-')), 'electronegativity.sarif');
const excluded = Object.keys(justified.excludedChecks ?? {});
const run = spawnSync(
  join(root, 'node_modules/.bin/electronegativity'),
  ['-i', input, '-o', out, '-r', '-v', 'false', '-e', electronVersion, ...(excluded.length ? ['-x', excluded.join(',')] : [])],
  { cwd: root, encoding: 'utf8', timeout: 180_000 },
);
let report;
try {
  report = JSON.parse(readFileSync(out, 'utf8'));
} catch {
  console.error(`electronegativity ga ingen lesbar rapport (exit ${run.status ?? run.signal}).\n${run.stdout ?? ''}${run.stderr ?? ''}`);
  process.exit(1);
} finally {
  rmSync(join(out, '..'), { recursive: true, force: true });
}

const findings = report.runs.flatMap((r) => r.results).map((result) => {
  const where = result.locations?.[0]?.physicalLocation;
  const uri = where?.artifactLocation?.uri ?? 'file:///';
  return {
    issue: result.ruleId,
    // Global findings have no file; the tool writes them as file:///.
    file: uri === 'file:///' ? 'N/A' : uri,
    location: `${where?.region?.startLine ?? 0}:${where?.region?.startColumn ?? 0}`,
    description: result.message?.text ?? '',
  };
});
const reasonFor = (f) => justified.findings.find((j) => j.issue === f.issue && j.file === f.file && j.justification?.trim());
const open = findings.filter((f) => !reasonFor(f));
const stale = justified.findings.filter((j) => !findings.some((f) => f.issue === j.issue && f.file === j.file));

for (const f of findings.filter(reasonFor)) console.log(`  begrunnet: ${f.issue} ${f.file}:${f.location}`);
for (const s of stale) console.log(`  merk: begrunnelsen for ${s.issue} ${s.file} trengs ikke lenger; fjern den.`);
for (const f of open) console.error(`  FUNN: ${f.issue} ${f.file}:${f.location} – ${f.description}`);
console.log(`electronegativity (Electron ${electronVersion}): ${findings.length} funn, ${findings.length - open.length} begrunnet, ${open.length} åpne.`);
process.exit(open.length === 0 ? 0 : 1);
