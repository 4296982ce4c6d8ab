// Tables in chapters: every one captioned and numbered in one «Tabell N» sequence with the live blocks' tables, in the
// model, the DOCX and the HTML; one without a caption takes its section's heading; the insert menu promises no number.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { Chapter, PlanData, RichText } from '../../shared/domain/plan';
import { buildDocument } from '../../shared/document/builder';
import { renderDocx } from '../../shared/document/docx/docxRenderer';
import { renderHtml } from '../../shared/document/html/htmlRenderer';
import { wordsFor } from '../../shared/document/words';
import { editorEn, editorNb, editorNn } from '../../shared/i18n/editorMessages';
import { buildSamplePlan } from '../../shared/sample/samplePlan';

const text = (t: string) => ({ type: 'text', text: t });
const table = (caption?: string) => ({
  type: 'table',
  ...(caption ? { attrs: { caption } } : {}),
  content: [
    { type: 'tableRow', content: [{ type: 'tableHeader', content: [{ type: 'paragraph', content: [text('År')] }] }, { type: 'tableHeader', content: [{ type: 'paragraph', content: [text('Innbyggere')] }] }] },
    { type: 'tableRow', content: [{ type: 'tableCell', content: [{ type: 'paragraph', content: [text('2025')] }] }, { type: 'tableCell', content: [{ type: 'paragraph', content: [text('12 400')] }] }] },
  ],
});

/** One chapter «Tall» whose body holds: an uncaptioned table, a captioned one, the matrix overview, a body heading, two uncaptioned tables. */
function planWithChapterTables(): PlanData {
  const plan = buildSamplePlan();
  const body: RichText = {
    type: 'doc',
    content: [
      table(),
      table('Innbyggere etter alder'),
      { type: 'liveBlock', attrs: { kind: 'matrix-overview', groupId: null } },
      { type: 'heading', attrs: { level: 2 }, content: [text('Tjenester i tall')] },
      table(),
      table(),
    ],
  };
  const chapter: Chapter = { ...plan.chapters.find((c) => c.kind !== 'part')!, id: 'kap-tall', parentId: null, sortKey: -1, title: 'Tall', body, numbered: true };
  return { ...plan, chapters: [chapter] };
}

describe('tables in chapters', () => {
  const model = buildDocument(planWithChapterTables(), { part: 'plan', watermark: 'none' });
  const captions = model.blocks.flatMap((b) => (b.kind === 'table' && b.caption ? [b.caption.full] : []));
  const EXPECTED = ['Tabell 1: Tall', 'Tabell 2: Innbyggere etter alder', 'Tabell 3: Oversikt over delplanområder og hovedansvar', 'Tabell 4: Tjenester i tall', 'Tabell 5'];

  it('captions a chapter table without one with «Tabell N» and its section heading (the chapter title, then the body heading above it), a second under the same heading with «Tabell N» alone', () => {
    expect(model.blocks.filter((b) => b.kind === 'table').length).toBe(5);
    expect(captions).toEqual(EXPECTED);
  });

  it('numbers the writer’s tables and the live blocks’ tables in one sequence, in the DOCX and the HTML alike', async () => {
    const xml = await (await JSZip.loadAsync(await renderDocx(model))).file('word/document.xml')!.async('string');
    const docxCaptions = [...xml.matchAll(/<w:pStyle w:val="Caption"\/>[\s\S]*?<\/w:p>/g)].map((m) => [...m[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('').replace(/[\u2066-\u2069]/g, ''));
    expect(docxCaptions).toEqual(EXPECTED);
    const html = renderHtml(model);
    const htmlCaptions = [...html.matchAll(/<caption id="([^"]+)">([^<]*)<\/caption>/g)].map((m) => [m[1], m[2]!.replace(/[\u2066-\u2069]/g, '')]);
    expect(htmlCaptions).toEqual(EXPECTED.map((c, i) => [`tabell-${i + 1}`, c]));
  });

  it('keeps tables inside a matrix cell uncaptioned: only chapter bodies caption their tables', () => {
    const plan = planWithChapterTables();
    plan.areas[0]!.problems = { type: 'doc', content: [table()] };
    plan.chapters[0]!.body!.content!.push({ type: 'liveBlock', attrs: { kind: 'matrix-all', groupId: null } });
    const m = buildDocument(plan, { part: 'plan', watermark: 'none' });
    const tables = m.blocks.filter((b) => b.kind === 'table');
    expect(tables.map((b) => b.caption?.full ?? null)).toEqual([...EXPECTED, 'Tabell 6: Alles ansvar']);
    // The area's own table is drawn inside its cell of «Alles ansvar», without a caption and without a number.
    const nested = tables.at(-1)!.bodyRows.flatMap((r) => r.cells.flatMap((c) => c.blocks)).filter((b) => b.kind === 'table');
    expect(nested.length).toBe(1);
    expect(nested[0]!.kind === 'table' && nested[0]!.caption).toBeNull();
  });

  it('names the live matrix tables in the insert menu without a number, by the caption text the document gives them', () => {
    for (const [messages, malform] of [
      [editorNb, 'nb'],
      [editorNn, 'nn'],
    ] as const) {
      const w = wordsFor(malform);
      const label = (k: string) => messages[`editor.live.${k}` as keyof typeof messages].toLowerCase();
      expect(label('matrix-overview')).toContain(w.overviewCaption.toLowerCase());
      expect(label('matrix-all')).toContain(w.allResponsibility.toLowerCase());
      expect(label('matrix-group')).toContain(w.mainResponsibility.toLowerCase());
    }
    for (const messages of [editorNb, editorNn, editorEn]) {
      const live = Object.entries(messages).filter(([k]) => k.startsWith('editor.live.'));
      expect(live.length).toBeGreaterThan(5);
      expect(live.filter(([, v]) => /\b(Tabell|Table)\s*\d/.test(v))).toEqual([]);
    }
  });
});
