// `npm run cli -- export …` end to end in-process: a real plan file in, a document out, one line on stderr on failure.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/run';
import { createPlanFile } from '../../../electron/services/store';
import { fixturePlan } from '../../document/fixtures';

const dir = mkdtempSync(join(tmpdir(), 'planverk-cli-export-'));
const planPath = join(dir, 'plan.planverk');

beforeAll(() => {
  createPlanFile(planPath, fixturePlan()).close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

describe('cli export', () => {
  it('exports the plan file to DOCX and a group work package to HTML with exit 0', async () => {
    const docx = join(dir, 'plan.docx');
    const r = await cli('export', planPath, '--format', 'docx', '--out', docx, '--watermark', 'horingsutkast');
    expect(r.code).toBe(0);
    // The sample's export check finds warnings only (late and unassessed inputs, empty matrix texts), printed on stderr.
    expect(r.err.every((line) => line.startsWith('Advarsel: '))).toBe(true);
    expect(r.out[0]).toContain(docx);
    expect(readFileSync(docx).subarray(0, 2).toString()).toBe('PK');

    const html = join(dir, 'gruppe.html');
    expect((await cli('export', planPath, '--format', 'html', '--out', html, '--part', 'group=Rus og psykiatri')).code).toBe(0);
    expect(readFileSync(html, 'utf8')).toContain('Arbeidsgruppe 3: Rus og psykiatri');
  });

  it('puts the watermark where --watermark-placement says: a top line here, diagonal by default', async () => {
    const top = join(dir, 'linje.html');
    expect((await cli('export', planPath, '--format', 'html', '--out', top, '--watermark', 'utkast', '--watermark-placement', 'top')).code).toBe(0);
    expect(readFileSync(top, 'utf8')).toMatch(/@media screen\{body::before\{content:"UTKAST";display:block/);
    const diagonal = join(dir, 'diagonal.html');
    expect((await cli('export', planPath, '--format', 'html', '--out', diagonal, '--watermark', 'utkast')).code).toBe(0);
    expect(readFileSync(diagonal, 'utf8')).toMatch(/body::before\{content:"UTKAST";position:fixed;[^}]*rotate\(-45deg\)/);
  });

  it('fails with one line on stderr and a non-zero code for bad arguments, unknown groups and missing files', async () => {
    for (const argv of [
      ['export', planPath, '--format', 'odt', '--out', join(dir, 'x.odt')],
      ['export', planPath, '--format', 'docx', '--out', join(dir, 'x.docx'), '--part', 'group=99'],
      ['export', planPath, '--format', 'docx', '--out', join(dir, 'x.docx'), '--part', 'kapittel'],
      ['export', join(dir, 'finnes-ikke.planverk'), '--format', 'docx', '--out', join(dir, 'x.docx')],
      ['export', planPath, '--format', 'html'],
      ['export', planPath, '--format', 'html', '--out', join(dir, 'x.html'), '--watermark-placement', 'skrått'],
    ]) {
      const r = await cli(...argv);
      expect(r.code, argv.join(' ')).not.toBe(0);
      expect(r.err, argv.join(' ')).toHaveLength(1);
      expect(r.out).toEqual([]);
    }
  });
});
