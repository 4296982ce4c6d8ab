// A chapter written in the other målform (issue 17): its title and its body's headings carry that language in every
// hearing document, as its text's runs do: DOCX w:lang on the heading's runs, HTML lang on the h-element, and the Typst
// program sets text(lang:) on the heading, which the tagged PDF writes as the heading's /Lang. The plan's own chapters'
// headings carry none (they are in the document's language).
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { printTypstPdf } from '../../../electron/services/export/pdfTypst';
import { buildDocument } from '../../../shared/document/builder';
import { renderDocx } from '../../../shared/document/docx/docxRenderer';
import { renderHtml } from '../../../shared/document/html/htmlRenderer';
import { renderTypst } from '../../../shared/document/typst/typstRenderer';
import type { PlanData } from '../../../shared/domain/plan';
import { smallPlan, tempDir } from '../store/helpers';

const tmp = tempDir('planverk-headinglang-');
afterAll(() => tmp.cleanup());

const text = (t: string) => ({ type: 'text', text: t });
const heading = (t: string) => ({ type: 'heading', attrs: { level: 2 }, content: [text(t)] });
const paragraph = (t: string) => ({ type: 'paragraph', content: [text(t)] });

/** A bokmål plan with a bokmål chapter and a nynorsk one, each with a body heading. */
function plan(malform: 'nb' | 'nn' = 'nb'): PlanData {
  const p = smallPlan();
  p.plan.malform = malform;
  const chapter = p.chapters[0]!;
  chapter.title = 'Barnehage';
  chapter.body = { type: 'doc', content: [heading('Mål for barnehagene'), paragraph('Alle barn skal ha plass.')] };
  p.chapters.push({ ...chapter, id: 'kapittel-nynorsk', sortKey: 2, title: 'Skule', lang: 'nn', body: { type: 'doc', content: [heading('Mål for skulen'), paragraph('Kommunen vil byggje ein ny skule.')] } });
  return p;
}

const model = (p: PlanData) => buildDocument(p, { part: 'plan', watermark: 'none' });

/** Each heading paragraph of word/document.xml: its text and the w:lang of each of its runs. */
async function docxHeadings(p: PlanData): Promise<Array<{ text: string; langs: (string | null)[] }>> {
  const xml = await (await JSZip.loadAsync(await renderDocx(model(p)))).file('word/document.xml')!.async('string');
  const paragraphs = [...xml.matchAll(/<w:p>(?:(?!<\/w:p>).)*<\/w:p>/gs)].map((m) => m[0]).filter((x) => /<w:pStyle w:val="Heading\d"\/>/.test(x));
  return paragraphs.map((x) => {
    const runs = [...x.matchAll(/<w:r>(?:(?!<\/w:r>).)*<\/w:r>/gs)].map((m) => m[0]);
    return { text: runs.map((r) => [...r.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')).join(''), langs: runs.map((r) => /<w:lang w:val="([^"]+)"/.exec(r)?.[1] ?? null) };
  });
}

describe('headings of a chapter in the other målform', () => {
  it('DOCX: the chapter title and its body heading carry w:lang nn-NO on every run; the bokmål chapter’s headings none', async () => {
    const headings = await docxHeadings(plan());
    const of = (t: string) => headings.find((h) => h.text.includes(t))!.langs;
    expect(of('Skule')).toEqual(expect.arrayContaining(['nn-NO']));
    expect(new Set(of('Skule'))).toEqual(new Set(['nn-NO']));
    expect(new Set(of('Mål for skulen'))).toEqual(new Set(['nn-NO']));
    expect(new Set(of('Barnehage'))).toEqual(new Set([null]));
    expect(new Set(of('Mål for barnehagene'))).toEqual(new Set([null]));
  });

  it('DOCX: in a nynorsk plan, a bokmål chapter’s headings carry nb-NO', async () => {
    const p = plan('nn');
    p.chapters[0]!.lang = 'nb';
    p.chapters[1]!.lang = undefined;
    const headings = await docxHeadings(p);
    const of = (t: string) => new Set(headings.find((h) => h.text.includes(t))!.langs);
    expect(of('Barnehage')).toEqual(new Set(['nb-NO']));
    expect(of('Mål for barnehagene')).toEqual(new Set(['nb-NO']));
    expect(of('Skule')).toEqual(new Set([null]));
  });

  it('HTML (preview and PDF): the h-elements of the nynorsk chapter have lang="nn-NO", the others no lang', () => {
    const html = renderHtml(model(plan()));
    const tags = [...html.matchAll(/<h([123]) ([^>]*)>([^<]*)<\/h\1>/g)].map((m) => [m[3]!.replace(/^[\d.]+ /, ''), /lang="([^"]+)"/.exec(m[2]!)?.[1] ?? null]);
    expect(tags.filter(([t]) => /Skule|skulen|Barnehage|barnehagene/.test(t!))).toEqual([
      ['Barnehage', null],
      ['Mål for barnehagene', null],
      ['Skule', 'nn-NO'],
      ['Mål for skulen', 'nn-NO'],
    ]);
  });

  it('Typst: the document data gives those headings lang "nn", the program sets text(lang:) on them, and the tagged PDF writes /Lang (nn) for them', async () => {
    const input = renderTypst(model(plan()));
    type Heading = { kind: string; text: string; lang?: string };
    const headings = (JSON.parse(input.data.json) as { runs: { blocks: Heading[] }[] }).runs.flatMap((r) => r.blocks).filter((b) => b.kind === 'heading' && /Skule|skulen|Barnehage|barnehagene/.test(b.text));
    expect(headings.map((h) => [h.text.replace(/^[\d.]+ /, ''), h.lang ?? null])).toEqual([
      ['Barnehage', null],
      ['Mål for barnehagene', null],
      ['Skule', 'nn'],
      ['Mål for skulen', 'nn'],
    ]);
    expect(input.main).toContain('text(lang: b.lang, b.text)');
    // Only headings in nynorsk (no nynorsk text under them): a /Lang (nn) in the PDF can come from nothing else.
    const headingsOnly = plan();
    headingsOnly.chapters[1]!.body = { type: 'doc', content: [heading('Mål for skulen')] };
    const pdf = tmp.file('plan.pdf');
    writeFileSync(pdf, await printTypstPdf(model(headingsOnly), { pdfa: true }));
    const qdf = execFileSync('qpdf', ['--qdf', '--object-streams=disable', pdf, '-'], { maxBuffer: 64 * 1024 * 1024 }).toString('latin1');
    expect(qdf).toMatch(/\/Lang \(nn(-NO)?\)/);
  }, 120_000);
});
