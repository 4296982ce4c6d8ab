import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { openPlanFile } from '../../electron/services/store';
import { canonicalPlanJson } from '../../shared/interchange/planJson';
import { sha256File, tempDir } from '../services/store/helpers';
import { defaultMigrationsFolder, migrationCount } from '../../electron/services/store/migrations';

const tmp = tempDir('planverk-cli-');
afterAll(() => tmp.cleanup());

/** The plan a file holds (its canonical JSON), read without taking its lock: a backup has the content, not the bytes. */
function planContent(path: string): string {
  const file = openPlanFile(path, { readOnly: true });
  try {
    return canonicalPlanJson(file.readPlan());
  } finally {
    file.close();
  }
}

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err };
}

describe('planverk CLI', () => {
  it('creates the sample plan and checks it with a summary', async () => {
    expect((await cli('new', tmp.file('s.planverk'), '--sample')).code).toBe(0);
    const r = await cli('check', tmp.file('s.planverk'));
    expect(r.code).toBe(0);
    expect(r.out).toContain('Tittel: Kommunedelplan helse og omsorg');
    expect(r.out).toContain(`Skjemaversjon: ${migrationCount(defaultMigrationsFolder())}`);
    // The reference matrix: 6 themes, 30 areas with 7 sub-topics, 7 groups.
    expect(r.out).toMatch(/Temaer: 6, delplanområder: 30 \(\+7 undertemaer\), grupper: 7, kapitler: \d+/);
  });

  it('round-trips plan → JSON → plan → JSON identically', async () => {
    await cli('new', tmp.file('rt.planverk'), '--sample');
    await cli('export-json', tmp.file('rt.planverk'), '--out', tmp.file('rt1.json'));
    expect((await cli('new', tmp.file('rt2.planverk'), '--from', tmp.file('rt1.json'))).code).toBe(0);
    await cli('export-json', tmp.file('rt2.planverk'), '--out', tmp.file('rt2.json'));
    expect(readFileSync(tmp.file('rt2.json'), 'utf8')).toBe(readFileSync(tmp.file('rt1.json'), 'utf8'));
  });

  it('refuses invalid plan JSON naming the first bad field, and creates no file', async () => {
    await cli('new', tmp.file('j.planverk'), '--sample');
    await cli('export-json', tmp.file('j.planverk'), '--out', tmp.file('j.json'));
    const json = JSON.parse(readFileSync(tmp.file('j.json'), 'utf8'));
    json.groups[2].kind = 'styringsgruppe';
    writeFileSync(tmp.file('bad.json'), JSON.stringify(json));
    const r = await cli('new', tmp.file('bad.planverk'), '--from', tmp.file('bad.json'));
    expect(r.code).not.toBe(0);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toContain('groups[2].kind');
    expect((await cli('check', tmp.file('bad.planverk'))).err[0]).toBe('Filen finnes ikke. (' + tmp.file('bad.planverk') + ')');
  });

  it('merges a returned copy into the plan after backing the plan up, and previews it without changing anything', async () => {
    const plan = tmp.file('m.planverk');
    const copy = tmp.file('m – kopi.planverk');
    await cli('new', plan, '--sample');
    const base = openPlanFile(plan);
    base.saveCopy(copy);
    const planId = base.readPlan().plan.id;
    base.mutate([{ table: 'plan', id: planId, column: 'title', value: 'Tittel endret her' }]);
    base.close();
    await new Promise((r) => setTimeout(r, 5));
    const returned = openPlanFile(copy);
    returned.mutate([
      { table: 'plan', id: planId, column: 'title', value: 'Tittel fra kopien' },
      { table: 'milestones', id: 'ms-cli', column: 'name', value: 'Milepæl fra kopien' },
    ]);
    returned.close();
    const before = sha256File(plan);
    const beforeContent = planContent(plan);

    const preview = await cli('merge', plan, copy, '--preview');
    expect(preview.code).toBe(0);
    expect(preview.out).toMatch(/^Sammenslåingen vil gi: 1 nye rader, 1 endrede, 0 slettede; tekst fra kopien i 0 kapitler; 1 felt endret i begge\./);
    expect(preview.out).toMatch(/title: her «Tittel endret her», i kopien «Tittel fra kopien»; kopiens verdi gjelder \(endret sist, \d{2}\.\d{2}\.\d{4} kl\. \d{2}\.\d{2}\)\./);
    expect(sha256File(plan)).toBe(before);

    const r = await cli('merge', plan, copy);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Slo sammen: 1 nye rader, 1 endrede/);
    const backup = /Planen slik den var før sammenslåingen: (.+)$/m.exec(r.out)?.[1];
    expect(backup).toContain(`${tmp.dir}/m – sikkerhetskopier/m (før sammenslåing `);
    expect(backup && planContent(backup)).toBe(beforeContent);
    const merged = openPlanFile(plan, { readOnly: true });
    expect(merged.readPlan().plan.title).toBe('Tittel fra kopien');
    merged.close();
    // Merged before: nothing new, no conflict, so no backup and the plan untouched.
    const mergedSha = sha256File(plan);
    const again = await cli('merge', plan, copy);
    expect(again.out.split('\n')).toEqual(['Kopien har ingenting som ikke allerede er i planen.', 'Planen er ikke endret, så ingen sikkerhetskopi var nødvendig.']);
    expect(sha256File(plan)).toBe(mergedSha);
    expect(readdirSync(dirname(backup!))).toHaveLength(1);
  });

  it('refuses to merge a missing copy with one line', async () => {
    await cli('new', tmp.file('m2.planverk'));
    const r = await cli('merge', tmp.file('m2.planverk'), tmp.file('m2.planverk.missing'));
    expect(r.code).toBe(1);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toContain('Filen finnes ikke.');
  });

  it('as a process: exits non-zero with one line on stderr for a file that is not a plan, leaving it untouched', () => {
    writeFileSync(tmp.file('text.planverk'), 'dette er ikke en database\n'.repeat(10));
    const before = sha256File(tmp.file('text.planverk'));
    // As `npm run cli` runs it: the launcher, which builds the bundle first when it is missing or stale.
    const r = spawnSync(process.execPath, ['scripts/cli.mjs', 'check', tmp.file('text.planverk')], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual(['Filen er ikke en Planverk-plan (den er ikke en SQLite-database).']);
    expect(sha256File(tmp.file('text.planverk'))).toBe(before);
  });
});
