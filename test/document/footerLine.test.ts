// The footer is one line on every page: a long title is shortened at a word, the version kept, «Side X av Y» unbroken.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../shared/document/builder';
import { renderDocx } from '../../shared/document/docx/docxRenderer';
import { FOOTER_FONT_PT, footerText, pageNumberWidthPt } from '../../shared/document/footerLine';
import { PORTRAIT_TEXT_WIDTH_PT } from '../../shared/document/tableLayout';
import { textWidthPt } from '../../shared/document/textWidth';
import { fixturePlan } from './fixtures';

const LONG_TITLE =
  'Kommunedelplan for helse, omsorg, folkehelse, rehabilitering, velferdsteknologi og frivillighet i Eksempel kommune med samarbeidskommunene i regionen';
const fitsBesidePageNumber = (text: string) => textWidthPt(text, FOOTER_FONT_PT) + pageNumberWidthPt('Side', 'av') < PORTRAIT_TEXT_WIDTH_PT;

describe('the footer line', () => {
  it('keeps a title and version that fit whole', () => {
    expect(footerText('Kommunedelplan helse og omsorg 2025–2037', 'Versjon 2, 10.04.2025', 'Side', 'av')).toBe(
      'Kommunedelplan helse og omsorg 2025–2037 · Versjon 2, 10.04.2025',
    );
  });

  it('shortens a long title at a word with an ellipsis and keeps the version whole, so the line fits beside «Side 999 av 999»', () => {
    const text = footerText(LONG_TITLE, 'Versjon Høringsutkast, 10.04.2025', 'Side', 'av');
    expect(text).toMatch(/^Kommunedelplan for helse, omsorg\b.*[^\s,]… · Versjon Høringsutkast, 10\.04\.2025$/);
    expect(LONG_TITLE.startsWith(text.split('…')[0]!)).toBe(true);
    expect(fitsBesidePageNumber(text)).toBe(true);
    // Without a version, and with a single endless word, it still fits.
    expect(fitsBesidePageNumber(footerText(LONG_TITLE, '', 'Side', 'av'))).toBe(true);
    expect(fitsBesidePageNumber(footerText('X'.repeat(400), 'Versjon 1', 'Side', 'av'))).toBe(true);
  });

  it('closes a right-to-left isolate the cut opened, so the version keeps its direction', () => {
    const text = footerText(`Plan \u2068${'שלום '.repeat(60)}\u2069 2025`, 'Versjon 1', 'Side', 'av');
    expect(text.match(/\u2068/g)?.length).toBe(text.match(/\u2069/g)?.length);
    expect(text.endsWith(' · Versjon 1')).toBe(true);
  });

  it('builds the shortened footer into the model and writes it in the DOCX at the footer size, «Side X av Y» with no-break spaces', async () => {
    const plan = fixturePlan();
    plan.plan.title = LONG_TITLE;
    const model = buildDocument(plan, { part: 'plan', watermark: 'none' });
    expect(model.meta.footerText).toContain('…');
    expect(fitsBesidePageNumber(model.meta.footerText)).toBe(true);
    const zip = await JSZip.loadAsync(await renderDocx(model));
    const footers = await Promise.all(zip.file(/word\/footer\d*\.xml/).map((f) => f.async('string')));
    const footer = footers.find((x) => x.includes('PAGE'))!;
    expect(footer).toContain(`<w:sz w:val="${FOOTER_FONT_PT * 2}"/>`);
    expect(footer).toContain('>Side\u00a0<');
    expect(footer).toContain('>\u00a0av\u00a0<');
  });
});
