// The frame texts in the redline documents (issue 16): after the hearing draft, Kari renames the plan, writes a new
// status line, case number, version and deadline and moves the plan period. The «sammenlignet med høringsutkastet» DOCX (export
// --compare-hearing) and `compare --from <hearing version>` in DOCX, HTML and PDF show the old texts deleted and the
// new inserted on the cover and in the footer, by Kari with her time; the clean export shows only the new texts.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlanFile } from '../../electron/services/store';
import type { PlanFrame } from '../../shared/domain/plan';
import type { Person } from '../../shared/domain/person';
import { buildSamplePlan } from '../../shared/sample/samplePlan';
import { sha256File, tempDir } from '../services/store/helpers';
import { runCliText } from './capture';
import { editAs } from './editAs';

const tmp = tempDir('planverk-redline-frame-');
afterAll(() => tmp.cleanup());
const planPath = tmp.file('plan.planverk');

const kari: Person = { id: 'person-kari', name: 'Kari Nordmann', initials: 'KN', group: null };
const KARI_AT = '2027-02-03T10:20:00Z';
const NEW: Partial<PlanFrame> = {
  title: 'Kommunedelplan helse, omsorg og velferd 2026–2038',
  statusLine: 'Vedtatt av kommunestyret 12.06.2027',
  caseNumber: 'Sak K-099/27',
  periodTo: 2038,
  versionLabel: '2.0',
  hearingEnd: '2027-08-15',
};
let old: PlanFrame;
let hearingId = '';

const pandoc = (path: string): string => execFileSync('pandoc', ['--track-changes=all', '--wrap=none', '-f', 'docx', '-t', 'markdown', path], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
/** Text as pandoc's markdown and the DOCX write it: en dash as «--», a code's hyphen as the no-break hyphen U+2011. */
const asRead = (text: string): string => text.replace(/--/g, '–').replace(/\u2011/g, '-');
/** pandoc's tracked-change spans of a kind: their text (emphasis marks dropped), author and date. */
const spans = (md: string, cls: 'insertion' | 'deletion') =>
  [...md.matchAll(new RegExp(`\\[([^\\]]*)\\]\\{\\.${cls} author="([^"]*)" date="([^"]*)"\\}`, 'g'))].map((m) => ({ text: asRead(m[1]!.replace(/\*/g, '').trim()), author: m[2], date: m[3] }));

async function docxParts(path: string): Promise<{ body: string; footers: string }> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const footers = await Promise.all(Object.keys(zip.files).filter((f) => /^word\/footer\d*\.xml$/.test(f)).map((f) => zip.file(f)!.async('string')));
  return { body: await zip.file('word/document.xml')!.async('string'), footers: footers.join('\n') };
}
const xmlText = (xml: string, tag: 'ins' | 'del'): string[] =>
  [...xml.matchAll(new RegExp(`<w:${tag} [^>]*>(.*?)</w:${tag}>`, 'gs'))].map((m) => [...m[1]!.matchAll(/<w:(?:t|delText)[^>]*>([^<]*)</g)].map((t) => t[1]).join(''));

beforeAll(async () => {
  createPlanFile(planPath, buildSamplePlan()).close();
  const hearing = await runCliText('export', planPath, '--format', 'html', '--watermark', 'horingsutkast', '--out', tmp.file('horing.html'), '--author', 'Kari Nordmann');
  expect(hearing.code, hearing.err).toBe(0);
  hearingId = (JSON.parse((await runCliText('versions', planPath, '--json')).out) as { id: string }[])[0]!.id;
  editAs(planPath, kari, KARI_AT, (plan) => {
    old = plan.plan;
    return Object.entries(NEW).map(([column, value]) => ({ table: 'plan' as const, id: old.id, column, value }));
  });
}, 180_000);

describe('redline of the frame texts: cover, footer and plan period', () => {
  it('the «sammenlignet med høringsutkastet» DOCX read by pandoc --track-changes=all shows the old status line and title deleted and the new inserted, by Kari with her time', async () => {
    const out = tmp.file('sammenlignet.docx');
    const before = sha256File(planPath);
    const r = await runCliText('export', planPath, '--format', 'docx', '--compare-hearing', '--author', 'Eksport Person', '--out', out);
    expect(r.code, r.err).toBe(0);
    expect(sha256File(planPath)).toBe(before);
    const md = pandoc(out);
    const kariAt = { author: kari.name, date: KARI_AT };
    expect(spans(md, 'deletion')).toContainEqual({ text: old.statusLine, ...kariAt });
    expect(spans(md, 'insertion')).toContainEqual({ text: NEW.statusLine, ...kariAt });
    expect(spans(md, 'deletion')).toContainEqual({ text: old.title, ...kariAt });
    expect(spans(md, 'insertion')).toContainEqual({ text: NEW.title, ...kariAt });
    expect(spans(md, 'deletion')).toContainEqual({ text: old.caseNumber, ...kariAt });
    expect(spans(md, 'insertion')).toContainEqual({ text: NEW.caseNumber, ...kariAt });
    // Lines built from a field and words around it are Kari's too: the version and the deadline for inputs.
    expect(spans(md, 'deletion')).toContainEqual({ text: 'Versjon Høringsutkast, 10.04.2025', ...kariAt });
    expect(spans(md, 'insertion')).toContainEqual({ text: 'Versjon 2.0, 10.04.2025', ...kariAt });
    expect(spans(md, 'deletion')).toContainEqual({ text: 'Frist for innspill: 02.06.2025', ...kariAt });
    expect(spans(md, 'insertion')).toContainEqual({ text: 'Frist for innspill: 15.08.2027', ...kariAt });
    // Every frame change was Kari's: none is left to the person exporting.
    expect([...spans(md, 'deletion'), ...spans(md, 'insertion')].filter((s) => s.author !== kari.name)).toEqual([]);
    // The footer (title · version) on every page carries the rename as tracked changes too.
    const { footers } = await docxParts(out);
    expect(xmlText(footers, 'ins').join(' ')).toContain('velferd');
    expect(xmlText(footers, 'del').join(' ')).toMatch(/og|2025/);
  }, 120_000);

  it('compare --from the hearing version as HTML shows the old and the new status line, title and plan period as del/ins', async () => {
    const out = tmp.file('sammenlignet.html');
    const r = await runCliText('compare', planPath, '--from', hearingId, '--format', 'html', '--out', out);
    expect(r.code, r.err).toBe(0);
    const html = readFileSync(out, 'utf8');
    const cover = html.slice(html.indexOf('<header class="cover">'), html.indexOf('</header>'));
    const marked = (tag: 'ins' | 'del', text: string) => new RegExp(`<${tag}[^>]*>(?:<[^>]+>)*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:<[^>]+>)*</${tag}>`);
    expect(cover).toMatch(marked('del', old.statusLine));
    expect(cover).toMatch(marked('ins', NEW.statusLine!));
    expect(cover).toMatch(marked('del', old.title));
    expect(cover).toMatch(marked('ins', NEW.title!));
    // The hearing draft's version is named with its day («Høringsutkast 07.12.2026»): the cover does not date it twice.
    expect(cover).toMatch(/<p>Sammenlignet med: Høringsutkast \d\d\.\d\d\.\d{4}<\/p>/);
    // The plan period, in the generated project description: the old one deleted, the new one inserted.
    const body = html.slice(html.indexOf('</header>'));
    expect(body).toMatch(/<del[^>]*>[^<]*2037[^<]*<\/del>/);
    expect(body).toMatch(/<ins[^>]*>[^<]*2038[^<]*<\/ins>/);
  }, 120_000);

  it('compare --from the hearing version as PDF shows both the old and the new status line on the cover', async () => {
    const out = tmp.file('sammenlignet.pdf');
    const r = await runCliText('compare', planPath, '--from', hearingId, '--format', 'pdf', '--out', out);
    expect(r.code, r.err).toBe(0);
    // Lines wrap where the PDF breaks them: compared without spaces.
    const squeeze = (text: string) => text.replace(/\s+/g, '');
    const cover = squeeze(execFileSync('pdftotext', ['-f', '1', '-l', '1', out, '-'], { encoding: 'utf8' }));
    for (const text of [old.statusLine, NEW.statusLine!, old.title, NEW.title!]) expect(cover).toContain(squeeze(text));
  }, 120_000);

  it('the clean DOCX export (no compare) of the same plan has no tracked change and shows only the new cover texts', async () => {
    const out = tmp.file('ren.docx');
    const r = await runCliText('export', planPath, '--format', 'docx', '--out', out);
    expect(r.code, r.err).toBe(0);
    const { body, footers } = await docxParts(out);
    expect(`${body}${footers}`).not.toMatch(/<w:(ins|del)\b/);
    const md = pandoc(out);
    expect(asRead(md)).toContain(NEW.statusLine);
    expect(asRead(md)).not.toContain(old.statusLine);
    expect(asRead(md)).not.toContain(old.caseNumber);
    expect(footers).toContain(NEW.title);
  }, 120_000);
});
