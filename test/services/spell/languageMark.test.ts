// A passage marked as the other målform (the `language` mark, issue 17): `cli spell` checks it in its own language,
// and the hearing documents carry its language on the run (DOCX w:lang, HTML lang), as they do for every run of a
// chapter written in the other målform; the mark survives the plan file (Yjs) and the JSON interchange.
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { createPlanFile, openPlanFile } from '../../../electron/services/store';
import { buildDocument } from '../../../shared/document/builder';
import { renderDocx } from '../../../shared/document/docx/docxRenderer';
import { renderHtml } from '../../../shared/document/html/htmlRenderer';
import type { PlanData } from '../../../shared/domain/plan';
import { runCliCaptured } from '../../cli/capture';
import { smallPlan, tempDir } from '../store/helpers';

const tmp = tempDir('planverk-langmark-');
afterAll(() => tmp.cleanup());
let n = 0;

const text = (t: string, marks?: object[]) => (marks ? { type: 'text', text: t, marks } : { type: 'text', text: t });
const QUOTE = 'Vi veit ikkje kva som skjer';

/** A bokmål plan whose first chapter quotes a nynorsk statement, marked as nynorsk, and whose second is all nynorsk. */
function plan(): PlanData {
  const p = smallPlan();
  const chapter = p.chapters[0]!;
  chapter.title = 'Barnehage';
  chapter.body = {
    type: 'doc',
    content: [{ type: 'paragraph', content: [text('Ungdomsrådet skrev: «'), text(QUOTE, [{ type: 'language', attrs: { lang: 'nn' } }]), text('». Vi vet ikkje mer.')] }],
  };
  p.chapters.push({ ...chapter, id: 'kapittel-nynorsk', sortKey: 2, title: 'Skule', lang: 'nn', body: { type: 'doc', content: [{ type: 'paragraph', content: [text('Kommunen vil byggje ein ny skule.')] }] } });
  return p;
}

describe('a passage marked as the other målform', () => {
  it('is spell-checked in its own language: its nynorsk words are no slips, the bokmål text around it still is checked', async () => {
    const path = tmp.file(`plan-${++n}.planverk`);
    createPlanFile(path, plan()).close();
    const { out } = await runCliCaptured('spell', path, '--json');
    const json = JSON.parse(out.join('\n')) as { chapters: Array<{ title: string; findings: Array<{ word: string; kind: string }> }> };
    expect(json.chapters.map((c) => [c.title, c.findings.map((f) => `${f.kind}:${f.word}`)])).toEqual([['Barnehage', ['malform:ikkje']]]);
  });

  it('keeps its mark through the plan file and back (the Yjs body)', () => {
    const path = tmp.file(`plan-${++n}.planverk`);
    createPlanFile(path, plan()).close();
    const f = openPlanFile(path, { readOnly: true });
    const body = JSON.stringify(f.readPlan().chapters.find((c) => c.title === 'Barnehage')!.body);
    f.close();
    expect(body).toContain('{"type":"language","attrs":{"lang":"nn"}}');
  });

  it('the DOCX writes w:lang nn-NO on the marked run and on every run of the nynorsk chapter, and on no bokmål run', async () => {
    const model = buildDocument(plan(), { part: 'plan', watermark: 'none' });
    const xml = await (await JSZip.loadAsync(await renderDocx(model))).file('word/document.xml')!.async('string');
    const runs = [...xml.matchAll(/<w:r>(?:(?!<\/w:r>).)*<\/w:r>/gs)].map((m) => m[0]);
    const langOf = (t: string) => runs.filter((r) => r.includes(t)).map((r) => /<w:lang w:val="([^"]+)"/.exec(r)?.[1] ?? null);
    expect(langOf(QUOTE)).toEqual(['nn-NO']);
    expect(langOf('Kommunen vil byggje ein ny skule.')).toEqual(['nn-NO']);
    expect(langOf('». Vi vet ikkje mer.')).toEqual([null]);
  });

  it('the HTML (preview and PDF) wraps the passage and the nynorsk chapter’s text in lang="nn-NO"', () => {
    const html = renderHtml(buildDocument(plan(), { part: 'plan', watermark: 'none' }));
    expect(html).toContain(`<span lang="nn-NO">${QUOTE}</span>`);
    expect(html).toContain('<span lang="nn-NO">Kommunen vil byggje ein ny skule.</span>');
    expect(html).not.toContain('<span lang="nn-NO">». Vi vet');
  });
});
