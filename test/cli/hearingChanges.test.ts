// «Endringer etter høring» from the CLI as a user runs it (issue 16): a plan exported with the «Høringsutkast» watermark
// gets its hearing-draft version; after edits and a link from a hearing input, `cli export` draws the live block's
// list and the merknadsbehandling's pointer in the real DOCX, `--compare-hearing` writes the differences as Word's
// tracked changes (read back by pandoc --track-changes=all), and a plan without a hearing draft is refused in one sentence.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlanFile, openPlanFile } from '../../electron/services/store';
import type { Chapter, PlanData } from '../../shared/domain/plan';
import { buildSamplePlan } from '../../shared/sample/samplePlan';
import { sha256File, tempDir } from '../services/store/helpers';
import { runCliText } from './capture';

const tmp = tempDir('planverk-hearing-changes-');
afterAll(() => tmp.cleanup());
const planPath = tmp.file('plan.planverk');
const cli = runCliText;
const para = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

async function documentXml(path: string): Promise<string> {
  return (await JSZip.loadAsync(readFileSync(path))).file('word/document.xml')!.async('string');
}
const textOf = (xml: string): string => [...xml.matchAll(/<w:(?:t|delText)[^>]*>([^<]*)<\/w:(?:t|delText)>/g)].map((m) => m[1]).join('');

/** The sample with the live block «Endringer etter høring» at the end of its first chapter (sakkyndig use: after the hearing). */
function planWithLiveBlock(): PlanData {
  const plan = buildSamplePlan();
  const first = plan.chapters.find((c) => c.kind === 'chapter')!;
  first.body = { ...first.body, content: [...(first.body.content ?? []), { type: 'liveBlock', attrs: { kind: 'hearing-changes', groupId: null } }] };
  return plan;
}
const prose = (p: PlanData): Chapter => p.chapters.find((c) => JSON.stringify(c.body).includes('tjenestene'))!;

let editedTitle = '';
let sender = '';

beforeAll(async () => {
  createPlanFile(planPath, planWithLiveBlock()).close();
  // The hearing draft, as the adviser makes it: the export with the watermark saves the version.
  const hearing = await cli('export', planPath, '--format', 'html', '--watermark', 'horingsutkast', '--out', tmp.file('horing.html'), '--author', 'Kari Nordmann');
  expect(hearing.code, hearing.err).toBe(0);
  expect(hearing.out).toMatch(/Lagret versjonen «Høringsutkast \d\d\.\d\d\.\d{4}»/);
  const file = openPlanFile(planPath, { author: { id: 'ola', name: 'Ola Hansen', initials: 'OH', group: null } });
  const plan = file.readPlan();
  const chapter = prose(plan);
  editedTitle = chapter.title;
  const body = JSON.parse(JSON.stringify(chapter.body).replace('tjenestene', 'tilbudene')) as Chapter['body'];
  const input = plan.inputs[0]!;
  sender = input.sender;
  file.mutate([
    { table: 'chapters', id: chapter.id, column: 'body', value: { ...body, content: [...(body.content ?? []), para('Lagt til etter innspill i høringen.')] } },
    { table: 'inputChanges', id: 'lenke-1', column: 'inputId', value: input.id },
    { table: 'inputChanges', id: 'lenke-1', column: 'targetTable', value: 'chapters' },
    { table: 'inputChanges', id: 'lenke-1', column: 'targetId', value: chapter.id },
  ]);
  file.close();
}, 180_000);

describe('cli: Endringer etter høring', () => {
  it('draws the changes since the hearing draft where the live block stands, with the input that caused them, and the merknadsbehandling points at the change', async () => {
    const out = tmp.file('plan.docx');
    const before = sha256File(planPath);
    const r = await cli('export', planPath, '--format', 'docx', '--out', out);
    expect(r.code, r.err).toBe(0);
    expect(sha256File(planPath)).toBe(before);
    const text = textOf(await documentXml(out));
    expect(text).toMatch(/Endringer sammenlignet med Høringsutkast \d\d\.\d\d\.\d{4}\./);
    expect(text).toContain('Endringer etter høring: Kapitler');
    expect(text).toContain(`${editedTitle}Teksten er endret.`);
    expect(text).toContain('Nå: «Lagt til etter innspill i høringen.»');
    expect(text).toContain(sender);
    expect(text).toContain(`Endringer etter innspillet: Kapitler: ${editedTitle}`);
    const merknad = tmp.file('merknad.docx');
    expect((await cli('export', planPath, '--format', 'docx', '--part', 'merknadsbehandling', '--out', merknad)).code).toBe(0);
    expect(textOf(await documentXml(merknad))).toContain(`Endringer etter innspillet: Kapitler: ${editedTitle}`);
  });

  it('--compare-hearing writes the differences from the hearing draft as w:ins/w:del with the author who made them (not the person exporting), which pandoc reads as tracked changes', async () => {
    const out = tmp.file('sammenlignet.docx');
    const before = sha256File(planPath);
    const r = await cli('export', planPath, '--format', 'docx', '--compare-hearing', '--author', 'Kari Nordmann', '--out', out);
    expect(r.code, r.err).toBe(0);
    expect(sha256File(planPath)).toBe(before);
    const xml = await documentXml(out);
    // Ola made the edits after the hearing draft; Kari only exports.
    expect(xml).toMatch(/<w:del [^>]*w:author="Ola Hansen"[^>]*>(?:(?!<\/w:del>).)*tjenestene/s);
    expect(xml).toMatch(/<w:ins [^>]*w:author="Ola Hansen"[^>]*>(?:(?!<\/w:ins>).)*tilbudene/s);
    expect(textOf(xml)).toMatch(/Sammenlignet med: Høringsutkast \d\d\.\d\d\.\d{4}/);
    const md = execFileSync('pandoc', ['--track-changes=all', '--wrap=none', '-t', 'markdown', out], { encoding: 'utf8' });
    expect(md).toMatch(/\[tilbudene\]\{\.insertion author="Ola Hansen" date="\d{4}-\d\d-\d\dT[\d:]+Z"/);
    expect(md).toMatch(/\[tjenestene\]\{\.deletion author="Ola Hansen"/);
    expect(md).toMatch(/\[Lagt til etter innspill i høringen\.\]\{\.insertion/);
  });

  it('refuses --compare-hearing for a plan without a hearing draft in one Norwegian sentence, writing nothing', async () => {
    const plain = tmp.file('uten.planverk');
    createPlanFile(plain, buildSamplePlan()).close();
    const before = sha256File(plain);
    const out = tmp.file('uten.docx');
    const r = await cli('export', plain, '--format', 'docx', '--compare-hearing', '--out', out);
    expect(r.code).not.toBe(0);
    expect(r.err.trim().split('\n')).toEqual(['Planen har ikke noe høringsutkast å sammenligne med ennå: eksporter den først med vannmerket «Høringsutkast»; ingen fil er skrevet.']);
    expect(existsSync(out)).toBe(false);
    expect(sha256File(plain)).toBe(before);
  });
});
