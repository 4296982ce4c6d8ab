// A renamed chapter in the redline: its heading's old and new words drawn as tracked changes in DOCX and HTML.
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { redlineDocument } from '../../../shared/compare/redline/redlineDocument';
import { renderDocx } from '../../../shared/document/docx/docxRenderer';
import { renderHtml } from '../../../shared/document/html/htmlRenderer';
import { samplePlan } from './planVariants';

const by = { author: 'Kari Nordmann', initials: 'KN', date: '2025-09-01T10:00:00Z' };

function renamed() {
  const v1 = samplePlan();
  const v2 = structuredClone(v1);
  const chapter = v2.chapters.find((c) => c.kind === 'chapter')!;
  const old = chapter.title;
  chapter.title = 'Bakgrunn for planen';
  return { model: redlineDocument(v1, v2, { part: 'plan', watermark: 'none', by, fromLabel: 'Høringsutkast' }), old };
}

describe('redline headings', () => {
  it('a renamed chapter’s heading is drawn in HTML with the old words in del and the new in ins', () => {
    const { model, old } = renamed();
    const h1 = renderHtml(model).match(/<h1 [^>]*>(?:(?!<\/h1>)[^])*Bakgrunn(?:(?!<\/h1>)[^])*<\/h1>/)?.[0] ?? '';
    expect(h1).toMatch(new RegExp(`<del[^>]*>${old.split(' ')[0]}`));
    expect(h1).toMatch(/<ins[^>]*>Bakgrunn for planen<\/ins>|<ins[^>]*>Bakgrunn/);
  });

  it('a renamed chapter’s heading is written in DOCX as Heading 1 with w:del and w:ins runs by the author', async () => {
    const { model, old } = renamed();
    const bytes = await renderDocx(model, { date: new Date('2025-09-01T10:00:00Z') });
    const xml = strFromU8(unzipSync(bytes)['word/document.xml']!);
    const heading = [...xml.matchAll(/<w:p>(?:(?!<\/w:p>)[^])*?<w:pStyle w:val="Heading1"\/>(?:(?!<\/w:p>)[^])*<\/w:p>/g)].map((m) => m[0]).find((p) => p.includes('<w:ins'))!;
    expect(heading).toContain('w:author="Kari Nordmann"');
    expect(heading).toMatch(new RegExp(`<w:del [^>]*>(?:(?!</w:del>)[^])*<w:delText[^>]*>${old.split(' ')[0]}`));
    expect(heading).toMatch(/<w:ins [^>]*>(?:(?!<\/w:ins>)[^])*<w:t[^>]*>Bakgrunn/);
  });
});
