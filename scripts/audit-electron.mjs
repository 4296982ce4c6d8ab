#!/usr/bin/env node
// Electron security audit: runs @doyensec/electronegativity over electron/ and fails on any finding that is not
// listed, with a written reason, in electron/shell/electronegativity-justified.json.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const justified = JSON.parse(readFileSync(join(root, 'electron/shell/electronegativity-justified.json'), 'utf8'));
const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')).version;

/** Parses electronegativity's CSV (quoted fields may hold commas and doubled quotes). */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field.trim());
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field.trim());
      if (row.some((f) => f !== '')) rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field || row.length) rows.push([...row, field.trim()]);
  return rows;
}

const out = join(mkdtempSync(join(tmpdir(), 'planverk-audit-')), 'electronegativity.csv');
const excluded = Object.keys(justified.excludedChecks ?? {});
const run = spawnSync(
  join(root, 'node_modules/.bin/electronegativity'),
  ['-i', join(root, 'electron'), '-o', out, '-r', '-v', 'false', '-e', electronVersion, ...(excluded.length ? ['-x', excluded.join(',')] : [])],
  { cwd: root, encoding: 'utf8', timeout: 180_000 },
);
let csv;
try {
  csv = readFileSync(out, 'utf8');
} catch {
  console.error(`electronegativity ga ingen rapport (exit ${run.status ?? run.signal}).\n${run.stdout ?? ''}${run.stderr ?? ''}`);
  process.exit(1);
} finally {
  rmSync(join(out, '..'), { recursive: true, force: true });
}

const [header, ...rows] = parseCsv(csv);
const col = (name) => header.indexOf(name);
const findings = rows.map((r) => ({ issue: r[col('issue')], file: r[col('filename')], location: r[col('location')], description: r[col('description')] }));
const reasonFor = (f) => justified.findings.find((j) => j.issue === f.issue && j.file === f.file && j.justification?.trim());
const open = findings.filter((f) => !reasonFor(f));
const stale = justified.findings.filter((j) => !findings.some((f) => f.issue === j.issue && f.file === j.file));

for (const f of findings.filter(reasonFor)) console.log(`  begrunnet: ${f.issue} ${f.file}:${f.location}`);
for (const s of stale) console.log(`  merk: begrunnelsen for ${s.issue} ${s.file} trengs ikke lenger; fjern den.`);
for (const f of open) console.error(`  FUNN: ${f.issue} ${f.file}:${f.location} – ${f.description}`);
console.log(`electronegativity (Electron ${electronVersion}): ${findings.length} funn, ${findings.length - open.length} begrunnet, ${open.length} åpne.`);
process.exit(open.length === 0 ? 0 : 1);
