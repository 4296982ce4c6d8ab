// `cli compare` as a user runs it: a redline of two editions of one plan (files or versions), and its refusals.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlanFile } from '../../electron/services/store';
import { makeVersion } from '../../electron/services/versions/makeVersion';
import type { Chapter } from '../../shared/domain/plan';
import { buildSamplePlan } from '../../shared/sample/samplePlan';
import { sha256File, tempDir } from '../services/store/helpers';
import { runCliCaptured } from './capture';

const tmp = tempDir('planverk-compare-');
afterAll(() => tmp.cleanup());

/** The output as text, the error lines one by one (a refusal is exactly one line). */
async function cli(...argv: string[]) {
  const r = await runCliCaptured(...argv);
  return { ...r, out: r.out.join('\n') };
}

const plan = tmp.file('plan.planverk');
const before = tmp.file('høringsutkast.planverk');

/** The sample's first chapter with prose, edited: one word changed and a sentence added. */
function edited(chapter: Chapter): unknown {
  const json = JSON.stringify(chapter.body).replace('tjenestene', 'tilbudene');
  const body = JSON.parse(json) as { content: unknown[] };
  return { ...body, content: [...body.content, { type: 'paragraph', content: [{ type: 'text', text: 'Etter høringen er dette avsnittet lagt til.' }] }] };
}

beforeAll(() => {
  const file = createPlanFile(plan, buildSamplePlan());
  file.saveCopy(before);
  makeVersion(file, { name: 'Høringsutkast', kind: 'hearingDraft', author: { id: 'kari', name: 'Kari Nordmann', initials: 'KN', group: null }, now: new Date('2025-04-15T10:00:00Z') });
  const chapter = file.readPlan().chapters.find((c) => JSON.stringify(c.body).includes('tjenestene'))!;
  file.mutate([
    { table: 'chapters', id: chapter.id, column: 'body', value: edited(chapter) },
    { table: 'plan', id: file.readPlan().plan.id, column: 'statusLine', value: 'Revidert etter høring' },
  ]);
  file.close();
});

describe('cli compare', () => {
  it('writes the redline of a plan file against an earlier copy as HTML, and leaves both files as they were', async () => {
    const sums = [sha256File(plan), sha256File(before)];
    const r = await cli('compare', plan, '--from', before, '--format', 'html', '--out', tmp.file('r.html'));
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Skrev .*r\.html \(\d+ endringer mellom «høringsutkast\.planverk» og «plan\.planverk», \d+ ms\)$/);
    const html = readFileSync(tmp.file('r.html'), 'utf8');
    expect(html).toContain('Sammenlignet med: høringsutkast.planverk');
    expect(html).toMatch(/<del[^>]*>[^]*?tjenestene[^]*?<\/del>/);
    expect(html).toMatch(/<ins[^>]*>[^]*?Etter høringen er dette avsnittet lagt til\.[^]*?<\/ins>/);
    expect([sha256File(plan), sha256File(before)]).toEqual(sums);
  });

  it('compares against a named version of the plan file by its name', async () => {
    const r = await cli('compare', plan, '--from', 'Høringsutkast', '--format', 'html', '--out', tmp.file('v.html'));
    expect(r.code).toBe(0);
    expect(r.out).toContain('«Høringsutkast (15.04.2025)» og «plan.planverk»');
    expect(readFileSync(tmp.file('v.html'), 'utf8')).toContain('Sammenlignet med: Høringsutkast (15.04.2025)');
  });

  it('refuses to compare two different plans with one Norwegian sentence and touches neither file', async () => {
    const other = tmp.file('annen.planverk');
    createPlanFile(other, { ...buildSamplePlan(), plan: { ...buildSamplePlan().plan, id: 'en-annen-plan' } }).close();
    const sums = [sha256File(plan), sha256File(other)];
    const r = await cli('compare', plan, '--from', other, '--format', 'docx', '--out', tmp.file('x.docx'));
    expect(r.code).not.toBe(0);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(/^«annen\.planverk» er en annen plan enn «plan\.planverk»; bare to utgaver av samme plan kan sammenlignes, og ingen filer er endret\./);
    expect(existsSync(tmp.file('x.docx'))).toBe(false);
    expect([sha256File(plan), sha256File(other)]).toEqual(sums);
  });

  it('refuses an unreadable --from file and a name that is neither a file nor a version', async () => {
    writeFileSync(tmp.file('tekst.planverk'), 'ikke en plan');
    const sum = sha256File(tmp.file('tekst.planverk'));
    const bad = await cli('compare', plan, '--from', tmp.file('tekst.planverk'), '--format', 'html', '--out', tmp.file('y.html'));
    expect(bad.code).not.toBe(0);
    expect(bad.err[0]).toMatch(/^Filen er ikke en Planverk-plan/);
    expect(sha256File(tmp.file('tekst.planverk'))).toBe(sum);
    const missing = await cli('compare', plan, '--from', 'Vedtatt 2030', '--format', 'html', '--out', tmp.file('y.html'));
    expect(missing.err[0]).toMatch(/^Fant verken en fil eller en versjon som heter «Vedtatt 2030»; ingen filer er endret\./);
    expect(existsSync(tmp.file('y.html'))).toBe(false);
  });

  it('refuses to write the redline over one of the compared files', async () => {
    await cli('export-json', before, '--out', tmp.file('før.json'));
    const sum = sha256File(tmp.file('før.json'));
    const r = await cli('compare', plan, '--from', tmp.file('før.json'), '--format', 'html', '--out', tmp.file('før.json'));
    expect(r.code).not.toBe(0);
    expect(r.err).toHaveLength(1);
    expect(sha256File(tmp.file('før.json'))).toBe(sum);
  });

  it('compares a plan in JSON with the plan file (the JSON interchange is a side too)', async () => {
    const r = await cli('compare', plan, '--from', tmp.file('før.json'), '--format', 'html', '--out', tmp.file('j.html'));
    expect(r.code).toBe(0);
    expect(readFileSync(tmp.file('j.html'), 'utf8')).toContain('Sammenlignet med: før.json');
  });

  it('the redline DOCX read by pandoc --track-changes=all shows the deleted and inserted words and the new paragraph, by the person running the CLI (--author)', async () => {
    const r = await cli('compare', plan, '--from', before, '--to', 'now', '--format', 'docx', '--out', tmp.file('r.docx'), '--author', 'Ola Nordmann');
    expect(r.code).toBe(0);
    const md = execFileSync('pandoc', ['--track-changes=all', '-f', 'docx', '-t', 'markdown', '--wrap=none', tmp.file('r.docx')], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const spans = (cls: string) => [...md.matchAll(new RegExp(`\\[([^\\]]*)\\]\\{\\.${cls} author="([^"]*)"`, 'g'))].map((m) => [m[1]!.trim(), m[2]]);
    expect(spans('deletion')).toContainEqual(['tjenestene', 'Ola Nordmann']);
    expect(spans('insertion')).toContainEqual(['tilbudene', 'Ola Nordmann']);
    expect(spans('insertion')).toContainEqual(['Etter høringen er dette avsnittet lagt til.', 'Ola Nordmann']);
    // The status line (a frame field, drawn on the cover) before/after: the old line deleted, the new one inserted.
    expect(spans('deletion')).toContainEqual(['Høringsdokument vedtatt og lagt ut på høring 15.04.2025', 'Ola Nordmann']);
    expect(spans('insertion')).toContainEqual(['Revidert etter høring', 'Ola Nordmann']);
    // Nothing else in the document is marked: the rest reads as it stands in both.
    expect(spans('insertion').length + spans('deletion').length).toBeLessThanOrEqual(5);
  });

  it('compared with a version, LibreOffice converts the redline DOCX with its tracked changes', async () => {
    const r = await cli('compare', plan, '--from', 'Høringsutkast', '--format', 'docx', '--out', tmp.file('lo.docx'));
    expect(r.code).toBe(0);
    const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'));
    try {
      execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'odt', '--outdir', tmp.dir, tmp.file('lo.docx')], { stdio: 'pipe', timeout: 120_000 });
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
    const content = execFileSync('unzip', ['-p', tmp.file('lo.odt'), 'content.xml'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const regions = [...content.matchAll(/<text:changed-region[^>]*>(.*?)<\/text:changed-region>/gs)].map((m) => m[1]!);
    expect(regions.some((x) => x.includes('<text:insertion'))).toBe(true);
    const deletions = regions.filter((x) => x.includes('<text:deletion'));
    expect(deletions.some((x) => x.includes('tjenestene'))).toBe(true);
    // The cover's status line changed too: the old line is a deletion of its own (the first, as the cover comes first).
    expect(deletions[0]).toContain('Høringsdokument vedtatt og lagt ut på høring');
    expect(content).toContain('Sammenlignet med: Høringsutkast (15.04.2025)');
  });

  it('writes the redline as a tagged PDF in which the deleted and the inserted words both stand', async () => {
    const r = await cli('compare', plan, '--from', before, '--format', 'pdf', '--out', tmp.file('r.pdf'));
    expect(r.code).toBe(0);
    const text = execFileSync('pdftotext', [tmp.file('r.pdf'), '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(text).toContain('Sammenlignet med: høringsutkast.planverk');
    expect(text).toMatch(/tjenestene\s*tilbudene/);
    expect(execFileSync('pdfinfo', [tmp.file('r.pdf')], { encoding: 'utf8' })).toMatch(/Tagged:\s+yes/);
  });
});
