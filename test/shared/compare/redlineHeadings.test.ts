// A renamed chapter in the redline: its heading's old and new words drawn as tracked changes in DOCX, HTML and the Typst PDF.
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { redlineDocument } from '../../../shared/compare/redline/redlineDocument';
import { renderDocx } from '../../../shared/document/docx/docxRenderer';
import { renderHtml } from '../../../shared/document/html/htmlRenderer';
import { renderTypst } from '../../../shared/document/typst/typstRenderer';
import { printTypstPdf } from '../../../electron/services/export/pdfTypst';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

describe('redline headings in the Typst PDF', () => {
  it('a renamed chapter’s heading prints its old words struck and the new underlined, while the heading (H1 tag, bookmark) keeps the new title', async () => {
    const { model, old } = renamed();
    const doc = JSON.parse(renderTypst(model).data.json) as { runs: { blocks: { kind: string; text?: string; runs?: { text?: string; change?: string }[] }[] }[] };
    const heading = doc.runs.flatMap((r) => r.blocks).find((b) => b.kind === 'heading' && b.text?.endsWith('Bakgrunn for planen'))!;
    const changed = (heading.runs ?? []).filter((r) => r.change).map((r) => [r.change, r.text?.trim()]);
    expect(changed).toContainEqual(['ins', expect.stringContaining('Bakgrunn')]);
    expect(changed.some(([kind, text]) => kind === 'del' && old.includes(text!.split(' ')[0]!))).toBe(true);
    const dir = mkdtempSync(join(tmpdir(), 'planverk-redline-pdf-'));
    try {
      const pdf = join(dir, 'r.pdf');
      writeFileSync(pdf, await printTypstPdf(model, { date: new Date('2025-09-01T10:00:00Z') }));
      const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      expect(text).toContain(old.split(' ')[0]!);
      expect(text).toContain('Bakgrunn for planen');
      const outline = execFileSync('pdfinfo', ['-struct-text', pdf], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      expect(outline).toMatch(/H1/);
      const marks = execFileSync('qpdf', ['--json', '--json-key=outlines', pdf], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      expect(marks).toContain('Bakgrunn for planen');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
