// Law ids and other hyphenated codes never break at their hyphens, also inside running text and longer cells.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../shared/document/builder';
import { splitCodes, withNonBreakingCodeHyphens } from '../../shared/document/codes';
import { renderDocx } from '../../shared/document/docx/docxRenderer';
import { renderHtml } from '../../shared/document/html/htmlRenderer';
import type { Block } from '../../shared/document/model';
import { fixturePlan } from './fixtures';

describe('hyphenated codes', () => {
  it('finds law ids, regulation ids and case numbers, not hyphenated words or en-dash ranges', () => {
    const text = 'Se helse- og omsorgstjenesteloven (LOV-2011-06-24-30), FOR-2017-10-27-1714 og sak 2024-1234; planperioden 2025–2037 gjelder e-post.';
    expect(splitCodes(text).filter((p) => p.code).map((p) => p.text)).toEqual(['LOV-2011-06-24-30', 'FOR-2017-10-27-1714', '2024-1234']);
    expect(splitCodes(text).map((p) => p.text).join('')).toBe(text);
    expect(withNonBreakingCodeHyphens(text)).toContain('helse- og');
    expect(withNonBreakingCodeHyphens(text)).toContain('e-post');
    expect(withNonBreakingCodeHyphens(text)).toContain('LOV\u20112011\u201106\u201124\u201130');
  });

  it('keeps a law id inside a paragraph and inside a longer table cell whole: non-breaking hyphens in the DOCX, a nowrap span in the HTML', async () => {
    const model = buildDocument(fixturePlan(), { part: 'plan', watermark: 'none' });
    const extra: Block[] = [
      { kind: 'paragraph', runs: [{ kind: 'text', text: 'Planen følger folkehelseloven (LOV-2011-06-24-29) i alle deler.' }] },
      {
        kind: 'table',
        caption: null,
        headerRows: [],
        bodyRows: [{ cells: [{ blocks: [{ kind: 'paragraph', runs: [{ kind: 'text', text: 'Lov om kommunale helse- og omsorgstjenester (LOV-2011-06-24-30)' }] }] }] }],
        columnWidths: [1],
      },
    ];
    const withCodes = { ...model, blocks: [...model.blocks, ...extra] };
    const xml = await (await JSZip.loadAsync(await renderDocx(withCodes))).file('word/document.xml')!.async('string');
    expect(xml).toContain('(LOV\u20112011\u201106\u201124\u201129) i alle deler.');
    expect(xml).toContain('helse- og omsorgstjenester (LOV\u20112011\u201106\u201124\u201130)');
    const html = renderHtml(withCodes);
    expect(html).toContain('folkehelseloven (<span class="nw">LOV-2011-06-24-29</span>) i alle deler.');
    expect(html).toContain('helse- og omsorgstjenester (<span class="nw">LOV-2011-06-24-30</span>)');
  });
});
