// `merge` as a user runs it: every conflict listed (also those the plan's own value wins) with both values as readable
// text, --json for scripts, several copies at once in one step with one backup, and no backup when nothing changes.
import { readdirSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { backupFolder } from '../../electron/services/merge/backups';
import { openPlanFile } from '../../electron/services/store';
import type { FieldChange } from '../../shared/domain/plan';
import { plainTextToRichText } from '../../shared/matrix/richText';
import { sha256File, tempDir } from '../services/store/helpers';

const tmp = tempDir('planverk-cli-merge-');
afterAll(() => tmp.cleanup());
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err };
}

function edit(path: string, changes: FieldChange[]): void {
  const file = openPlanFile(path);
  try {
    file.mutate(changes);
  } finally {
    file.close();
  }
}

/** The sample plan and `n` copies of it sent out before anyone edited. */
async function planWithCopies(name: string, n: number) {
  const plan = tmp.file(`${name}.planverk`);
  expect((await cli('new', plan, '--sample')).code).toBe(0);
  const file = openPlanFile(plan, { readOnly: true });
  const data = file.readPlan();
  const copies = Array.from({ length: n }, (_, i) => tmp.file(`${name} – kopi fra gruppe ${i + 1}.planverk`));
  for (const copy of copies) file.saveCopy(copy);
  file.close();
  return { plan, copies, data };
}

type JsonConflict = { kind: string; table: string; rowId: string; column: string; here: string; copy: string; kept: 'here' | 'copy' };
type JsonReport = {
  preview: boolean;
  copies: { path: string; copyTitle: string; conflicts: JsonConflict[]; nothingNew: boolean; counts: Record<string, { added: number }> }[];
  total: { conflicts: JsonConflict[]; nothingNew: boolean };
  backupFolder: string;
  backupPath?: string | null;
};

describe('cli merge reports every conflict', () => {
  it('lists a conflict the plan\'s own value wins instead of «Kopien har ingenting …», rich text as plain text, and keeps the plan\'s value', async () => {
    const { plan, copies, data } = await planWithCopies('Egen verdi vinner', 1);
    const area = data.areas[0]!;
    edit(copies[0]!, [{ table: 'areas', id: area.id, column: 'problems', value: plainTextToRichText('Kopiens første linje\n- kopiens punkt') }]);
    await sleep(5);
    edit(plan, [{ table: 'areas', id: area.id, column: 'problems', value: plainTextToRichText('Planens tekst, skrevet sist') }]);
    const sha = sha256File(plan);

    for (const args of [['--preview'], []]) {
      const r = await cli('merge', plan, copies[0]!, ...args);
      expect(r.code).toBe(0);
      expect(r.out).not.toContain('Kopien har ingenting');
      expect(r.out).toContain('1 felt endret i begge');
      expect(r.out).toMatch(/problems: her «Planens tekst, skrevet sist», i kopien «Kopiens første linje \/ - kopiens punkt»; planens verdi gjelder \(endret sist, /);
      expect(r.out).not.toMatch(/"type"|\{"/);
    }
    // Every value the plan keeps, but the copy's change is taken into the log (with a backup first): another merge
    // order would have it too, so every order ends with the same file contents (mergeUnshownChanges.test.ts).
    expect(sha256File(plan)).not.toBe(sha);
    expect(readdirSync(tmp.dir)).toContain(`Egen verdi vinner – sikkerhetskopier`);
    const merged = openPlanFile(plan, { readOnly: true });
    try {
      expect(merged.readPlan().areas.find((a) => a.id === area.id)!.problems).toEqual(plainTextToRichText('Planens tekst, skrevet sist'));
    } finally {
      merged.close();
    }
    // Merged again, the copy brings nothing: the file is untouched.
    const after = sha256File(plan);
    expect((await cli('merge', plan, copies[0]!)).out).toContain('Kopien har ingenting');
    expect(sha256File(plan)).toBe(after);
  });

  it('--json on merge --preview and merge prints the report: kinds, tables, ids, both values as text, which is kept', async () => {
    const { plan, copies, data } = await planWithCopies('Json', 1);
    const area = data.areas[1]!;
    edit(plan, [{ table: 'areas', id: area.id, column: 'name', value: 'Navn satt her' }]);
    await sleep(5);
    edit(copies[0]!, [
      { table: 'areas', id: area.id, column: 'name', value: 'Navn fra kopien' },
      { table: 'areas', id: area.id, column: 'method', value: plainTextToRichText('Gjennomføres i 2027') },
    ]);
    const sha = sha256File(plan);
    const preview = await cli('merge', plan, copies[0]!, '--preview', '--json');
    expect(preview.code).toBe(0);
    const report = JSON.parse(preview.out) as JsonReport;
    expect(report.preview).toBe(true);
    expect(report.backupPath).toBeUndefined();
    expect(report.copies).toHaveLength(1);
    expect(report.copies[0]!.copyTitle).toBe(data.plan.title);
    expect(report.copies[0]!.conflicts).toEqual([
      expect.objectContaining({ kind: 'field', table: 'areas', rowId: area.id, column: 'name', here: 'Navn satt her', copy: 'Navn fra kopien', kept: 'copy' }),
    ]);
    expect(report.total.nothingNew).toBe(false);
    expect(sha256File(plan)).toBe(sha);

    const run = JSON.parse((await cli('merge', plan, copies[0]!, '--json')).out) as JsonReport;
    expect(run.preview).toBe(false);
    expect(run.copies[0]!.conflicts).toEqual(report.copies[0]!.conflicts);
    expect(run.backupPath).toMatch(/Json – sikkerhetskopier\/Json \(før sammenslåing \d{4}-\d{2}-\d{2} \d{2}\.\d{2}\.\d{2}\)\.planverk$/);
    expect(run.backupFolder).toBe(backupFolder(plan));
    const merged = openPlanFile(plan, { readOnly: true });
    expect(merged.readPlan().areas.find((a) => a.id === area.id)?.name).toBe('Navn fra kopien');
    merged.close();
  });
});

describe('cli merge of several copies at once', () => {
  it('previews per copy (who sent what) without changing anything, then merges all in one step with one backup', async () => {
    const { plan, copies, data } = await planWithCopies('Tre grupper', 3);
    copies.forEach((copy, i) => edit(copy, [{ table: 'milestones', id: `ms-gruppe-${i + 1}`, column: 'name', value: `Milepæl fra gruppe ${i + 1}` }]));
    // Two groups changed the same measure's name: the later one wins, and the report says so under the later copy.
    const measure = data.measures[0]!;
    edit(copies[0]!, [{ table: 'measures', id: measure.id, column: 'name', value: 'Tiltak fra gruppe 1' }]);
    await sleep(5);
    edit(copies[2]!, [{ table: 'measures', id: measure.id, column: 'name', value: 'Tiltak fra gruppe 3' }]);
    const sha = sha256File(plan);

    const preview = await cli('merge', plan, ...copies, '--preview');
    expect(preview.code).toBe(0);
    const lines = preview.out.split('\n');
    for (let i = 0; i < 3; i++) expect(lines).toContain(lines.find((l) => l.startsWith(`Kopi ${i + 1} av 3: «${data.plan.title}» (${copies[i]}), siste endring `)));
    expect(preview.out).toMatch(/Kopi 3 av 3[^]*name: her «Tiltak fra gruppe 1», i kopien «Tiltak fra gruppe 3»; kopiens verdi gjelder/);
    expect(lines.at(-1)).toMatch(/^Sammenslåingen vil gi i alt: 3 nye rader, 1 endrede, 0 slettede; /);
    expect(sha256File(plan)).toBe(sha);

    const json = JSON.parse((await cli('merge', plan, ...copies, '--preview', '--json')).out) as JsonReport;
    expect(json.copies.map((c) => c.path)).toEqual(copies);
    expect(json.copies.map((c) => c.counts.milestones!.added)).toEqual([1, 1, 1]);

    const run = await cli('merge', plan, ...copies);
    expect(run.code).toBe(0);
    expect(readdirSync(backupFolder(plan))).toHaveLength(1);
    const merged = openPlanFile(plan, { readOnly: true });
    const result = merged.readPlan();
    merged.close();
    expect(result.milestones.map((m) => m.name)).toEqual(expect.arrayContaining(['Milepæl fra gruppe 1', 'Milepæl fra gruppe 2', 'Milepæl fra gruppe 3']));
    expect(result.measures.find((m) => m.id === measure.id)?.name).toBe('Tiltak fra gruppe 3');
  });

  it('refuses the whole merge when one of the copies is not this plan, with every file untouched', async () => {
    const { plan, copies } = await planWithCopies('Én feil', 1);
    edit(copies[0]!, [{ table: 'milestones', id: 'ms-x', column: 'name', value: 'Ny' }]);
    const other = tmp.file('En annen plan.planverk');
    await cli('new', other, '--sample');
    const sums = [plan, copies[0]!, other].map(sha256File);
    const r = await cli('merge', plan, copies[0]!, other);
    expect(r.code).toBe(1);
    expect(r.err).toHaveLength(1);
    expect([plan, copies[0]!, other].map(sha256File)).toEqual(sums);
    expect(readdirSync(tmp.dir)).not.toContain('Én feil – sikkerhetskopier');
  });
});
