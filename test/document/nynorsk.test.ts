// Nynorsk throughout: every word Planverk generates follows the plan's målform, in every live-block kind, in the real
// DOCX and HTML; the matrix legend's default text and group headings included. And the merknadsbehandling alone.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../shared/document/builder';
import { renderDocx } from '../../shared/document/docx/docxRenderer';
import { renderHtml } from '../../shared/document/html/htmlRenderer';
import { BOKMAL_ONLY } from '../../shared/document/words';
import { DEFAULT_LEGEND } from '../../shared/domain/emptyPlan';
import type { Chapter, PlanData } from '../../shared/domain/plan';
import { LIVE_BLOCK_KINDS } from '../../shared/editor/nodes';
import { groupHeading } from '../../shared/matrix/labels';
import { buildSamplePlan } from '../../shared/sample/samplePlan';
import { fixturePlan, nynorskPlan } from './fixtures';

/** A nynorsk plan (own text neutral) whose legend still has Planverk's bokmål default texts, with every live block. */
function everyKindInNynorsk(): PlanData {
  const plan = nynorskPlan();
  const chapter: Chapter = {
    id: 'alle-levande',
    sortKey: 999,
    parentId: null,
    kind: 'chapter',
    title: 'X',
    numbered: true,
    status: 'utkast',
    groupId: null,
    body: { type: 'doc', content: LIVE_BLOCK_KINDS.map((kind) => ({ type: 'liveBlock', attrs: { kind, groupId: null } })) },
  };
  return { ...plan, legend: DEFAULT_LEGEND.map((e) => ({ ...e })), chapters: [...plan.chapters, chapter] };
}

const docxText = async (bytes: Uint8Array) => (await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, ' ');
const htmlText = (html: string) => html.replace(/<style[\s\S]*?<\/style>/g, ' ').replace(/<[^>]+>/g, ' ');
const bokmalWords = (text: string) => BOKMAL_ONLY.filter((word) => new RegExp(`(^|[^\\p{L}])${word}([^\\p{L}]|$)`, 'u').test(text));

describe('nynorsk throughout', () => {
  it('exports every live-block kind in nynorsk, in DOCX and HTML, without one bokmål-only word', async () => {
    const model = buildDocument(everyKindInNynorsk(), { part: 'plan', watermark: 'horingsutkast' });
    const docx = await docxText(await renderDocx(model, { date: new Date('2025-04-15T08:00:00Z') }));
    const html = htmlText(renderHtml(model));
    expect(bokmalWords(docx)).toEqual([]);
    expect(bokmalWords(html)).toEqual([]);
    // The blocks are really there: the nynorsk captions of the frame blocks, the legend in nynorsk.
    for (const text of ['Prosjektskildring', 'Innsatsområde i planarbeidet', 'Høyring og offentleg ettersyn', 'Høyringsinstansar', 'Overordna problemstilling. Hovudansvar']) {
      expect(docx, text).toContain(text);
    }
  });

  it('writes the matrix legend\'s default text in the plan\'s målform, and keeps a legend the adviser wrote', () => {
    const plan = everyKindInNynorsk();
    plan.legend = plan.legend.map((e) => (e.id === 'SpH' ? { ...e, explanation: 'Eigen forklaring' } : e));
    const model = buildDocument(plan, { part: 'matrix', watermark: 'none' });
    const legend = JSON.stringify(model.blocks);
    expect(legend).toContain('OpH: Overordna problemstilling. Hovudansvar');
    expect(legend).toContain('SpH: Eigen forklaring');
    expect(legend).not.toContain('Overordnet');
  });

  it('never heads a group «Leder Leder …»: a leader written as a title stands alone, a name gets «Leder»/«Leiar»', () => {
    const plan = buildSamplePlan();
    const byTitle = { kind: 'arbeidsgruppe' as const, number: 4, name: 'Barn og unge', leader: 'Leder helsestasjon og skolehelsetjeneste' };
    expect(groupHeading(byTitle)).toBe('Arbeidsgruppe 4: Barn og unge. Leder helsestasjon og skolehelsetjeneste');
    expect(groupHeading({ ...byTitle, leader: 'Enhetsleder hjemmetjenester' })).toBe('Arbeidsgruppe 4: Barn og unge. Enhetsleder hjemmetjenester');
    expect(groupHeading({ ...byTitle, leader: 'Kari Nordmann' }, 'nn')).toBe('Arbeidsgruppe 4: Barn og unge. Leiar Kari Nordmann');
    const headings = buildDocument(plan, { part: 'matrix', watermark: 'none' }).blocks.flatMap((b) => (b.kind === 'heading' ? [b.text] : []));
    expect(headings.some((h) => h.includes('Leder helsestasjon'))).toBe(true);
    expect(headings.filter((h) => /Leder Leder|Leiar Leiar|Leder Enhetsleder/i.test(h))).toEqual([]);
  });
});

describe('the merknadsbehandling exported alone', () => {
  it('is one compact document without a one-line Innhold, and names each sender\'s type', async () => {
    const plan = fixturePlan();
    const model = buildDocument(plan, { part: 'merknadsbehandling', watermark: 'none' });
    expect(model.blocks.some((b) => b.kind === 'toc')).toBe(false);
    const text = await docxText(await renderDocx(model, { date: new Date('2025-04-15T08:00:00Z') }));
    expect(text).not.toMatch(/(^|\s)Innhold(\s|$)/);
    expect(text).toContain('Offentlig instans');
    expect(text).toContain('Privatperson');
    // The whole plan keeps its Innhold.
    expect(buildDocument(plan, { part: 'plan', watermark: 'none' }).blocks[0]!.kind).toBe('toc');
  });
});
