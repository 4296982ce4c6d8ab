// Who made each change in the «sammenlignet med høringsutkastet» redline (issue 16): after the hearing draft, Kari and
// Ola change two chapters, one chapter both, and a field each of the action plan; the DOCX the CLI writes carries each
// person on their own change with the time they made it (w:ins/w:del w:author and w:date), as pandoc
// --track-changes=all and LibreOffice (ODT content.xml) read it, and `compare --from <version>` does the same.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlanFile } from '../../electron/services/store';
import type { Chapter, PlanData } from '../../shared/domain/plan';
import type { Person } from '../../shared/domain/person';
import { buildSamplePlan } from '../../shared/sample/samplePlan';
import { sha256File, tempDir } from '../services/store/helpers';
import { runCliText } from './capture';
import { editAs } from './editAs';

const tmp = tempDir('planverk-redline-authors-');
afterAll(() => tmp.cleanup());
const planPath = tmp.file('plan.planverk');

const kari: Person = { id: 'person-kari', name: 'Kari Nordmann', initials: 'KN', group: null };
const ola: Person = { id: 'person-ola', name: 'Ola Hansen', initials: 'OH', group: null };
const KARI_AT = '2027-01-11T09:15:00Z';
const OLA_AT = '2027-01-14T13:40:00Z';

const para = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const byTitle = (plan: PlanData, title: string): Chapter => plan.chapters.find((c) => c.title === title)!;
const replaced = (c: Chapter, from: string, to: string): Chapter['body'] => JSON.parse(JSON.stringify(c.body).replace(from, to)) as Chapter['body'];
const appended = (body: Chapter['body'], text: string): Chapter['body'] => ({ ...body, content: [...(body.content ?? []), para(text)] });

async function documentXml(path: string): Promise<string> {
  return (await JSZip.loadAsync(readFileSync(path))).file('word/document.xml')!.async('string');
}

/** Every w:ins/w:del of the document: kind, author, date and the text it holds. */
function trackedChanges(xml: string): { kind: string; author: string; date: string | null; text: string }[] {
  return [...xml.matchAll(/<w:(ins|del) ([^>]*)>(.*?)<\/w:\1>/gs)].map((m) => ({
    kind: m[1]!,
    author: /w:author="([^"]*)"/.exec(m[2]!)?.[1] ?? '',
    date: /w:date="([^"]*)"/.exec(m[2]!)?.[1] ?? null,
    text: [...m[3]!.matchAll(/<w:(?:t|delText)[^>]*>([^<]*)<\/w:(?:t|delText)>/g)].map((t) => t[1]).join(''),
  }));
}
const changeWith = (changes: ReturnType<typeof trackedChanges>, kind: string, text: string) => changes.find((c) => c.kind === kind && c.text.includes(text));

let measureName = '';

beforeAll(async () => {
  createPlanFile(planPath, buildSamplePlan()).close();
  const hearing = await runCliText('export', planPath, '--format', 'html', '--watermark', 'horingsutkast', '--out', tmp.file('horing.html'), '--author', 'Kari Nordmann');
  expect(hearing.code, hearing.err).toBe(0);
  editAs(planPath, kari, KARI_AT, (plan) => {
    const intro = byTitle(plan, 'Innledning');
    const strategies = byTitle(plan, 'Strategier');
    measureName = plan.measures[0]!.name;
    return [
      // One word replaced in «Innledning» (a deletion and an insertion), a sentence added to «Strategier».
      { table: 'chapters', id: intro.id, column: 'body', value: replaced(intro, 'befolkningen', 'innbyggerne') },
      { table: 'chapters', id: strategies.id, column: 'body', value: appended(strategies.body, 'Kari skrev denne setningen.') },
      { table: 'measures', id: plan.measures[0]!.id, column: 'name', value: `${measureName} med kveldsvakt` },
    ];
  });
  editAs(planPath, ola, OLA_AT, (plan) => {
    const challenges = byTitle(plan, 'Utfordringsbilde');
    const strategies = byTitle(plan, 'Strategier');
    return [
      { table: 'chapters', id: challenges.id, column: 'body', value: replaced(challenges, 'nesten dobles', 'mer enn dobles') },
      // The same chapter Kari added to: Ola's sentence is Ola's, Kari's stays Kari's.
      { table: 'chapters', id: strategies.id, column: 'body', value: appended(strategies.body, 'Ola la til denne.') },
      { table: 'measures', id: plan.measures[1]!.id, column: 'followUp', value: 'Følges opp av Ola ukentlig' },
    ];
  });
}, 180_000);

describe('redline authors: who made each change since the hearing draft', () => {
  it('two persons change two chapters and a field each after the hearing version: the redline DOCX shows each person on their own change, with its date; pandoc reads the same', async () => {
    const out = tmp.file('sammenlignet.docx');
    const before = sha256File(planPath);
    const r = await runCliText('export', planPath, '--format', 'docx', '--compare-hearing', '--author', 'Eksport Person', '--out', out);
    expect(r.code, r.err).toBe(0);
    expect(sha256File(planPath)).toBe(before);
    const changes = trackedChanges(await documentXml(out));
    const expected: [string, string, Person, string][] = [
      ['del', 'befolkningen', kari, KARI_AT],
      ['ins', 'innbyggerne', kari, KARI_AT],
      ['ins', 'Kari skrev denne setningen.', kari, KARI_AT],
      ['ins', 'kveldsvakt', kari, KARI_AT],
      ['del', 'nesten', ola, OLA_AT],
      ['ins', 'mer', ola, OLA_AT],
      ['ins', 'Ola la til denne.', ola, OLA_AT],
      ['ins', 'Følges opp av Ola ukentlig', ola, OLA_AT],
    ];
    for (const [kind, text, person, at] of expected) {
      expect(changeWith(changes, kind, text), `${kind} «${text}»`).toMatchObject({ author: person.name, date: at });
    }
    // Every change was made by Kari or Ola: none is left to the person exporting.
    expect(changes.filter((c) => c.author === 'Eksport Person').map((c) => `${c.kind} ${c.text}`)).toEqual([]);
    const md = execFileSync('pandoc', ['--track-changes=all', '--wrap=none', '-t', 'markdown', out], { encoding: 'utf8' });
    expect(md).toContain(`[innbyggerne]{.insertion author="Kari Nordmann" date="${KARI_AT}"}`);
    expect(md).toContain(`[befolkningen]{.deletion author="Kari Nordmann" date="${KARI_AT}"}`);
    expect(md).toContain(`[Ola la til denne.]{.insertion author="Ola Hansen" date="${OLA_AT}"}`);
    expect(md).toContain(`[nesten]{.deletion author="Ola Hansen" date="${OLA_AT}"}`);
  }, 120_000);

  it('LibreOffice converts the redline and keeps each change with its own author and date (ODT content.xml)', async () => {
    const out = tmp.file('lo.docx');
    expect((await runCliText('export', planPath, '--format', 'docx', '--compare-hearing', '--out', out)).code).toBe(0);
    const outDir = tmp.file('lo');
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${tmp.file('lo-profile')}`, '--convert-to', 'odt', '--outdir', outDir, out], { timeout: 240_000, stdio: 'ignore' });
    const content = await (await JSZip.loadAsync(readFileSync(`${outDir}/lo.odt`))).file('content.xml')!.async('string');
    const regions = [...content.matchAll(/<text:changed-region[^>]*>(.*?)<\/text:changed-region>/gs)].map((m) => m[1]!);
    const creators = (name: string) => regions.filter((r) => r.includes(`<dc:creator>${name}</dc:creator>`));
    expect(creators('Kari Nordmann').some((r) => r.includes('<dc:date>2027-01-11T09:15:00'))).toBe(true);
    expect(creators('Ola Hansen').some((r) => r.includes('<dc:date>2027-01-14T13:40:00'))).toBe(true);
    // A deletion keeps its text in the region: Kari deleted «befolkningen», Ola «nesten».
    expect(creators('Kari Nordmann').some((r) => r.includes('befolkningen'))).toBe(true);
    expect(creators('Ola Hansen').some((r) => r.includes('nesten'))).toBe(true);
  }, 300_000);

  it('compare --from the hearing version to now attributes the changes the same way', async () => {
    const versions = await runCliText('versions', planPath, '--json');
    const id = (JSON.parse(versions.out) as { id: string }[])[0]!.id;
    const out = tmp.file('compare.docx');
    const r = await runCliText('compare', planPath, '--from', id, '--format', 'docx', '--out', out, '--author', 'Eksport Person');
    expect(r.code, r.err).toBe(0);
    const changes = trackedChanges(await documentXml(out));
    expect(changeWith(changes, 'ins', 'Kari skrev denne setningen.')).toMatchObject({ author: 'Kari Nordmann', date: KARI_AT });
    expect(changeWith(changes, 'ins', 'Ola la til denne.')).toMatchObject({ author: 'Ola Hansen', date: OLA_AT });
    expect(changeWith(changes, 'del', 'nesten')).toMatchObject({ author: 'Ola Hansen', date: OLA_AT });
  }, 120_000);
});
