// Hostile and messy HTML (Word, the web, an attacker's e-mail) comes out of the sanitiser inert and plain.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { createHtmlSanitizer } from '../../shared/editor/sanitizeHtml';

const { window } = new JSDOM('');
const { sanitize } = createHtmlSanitizer(window as unknown as Parameters<typeof createHtmlSanitizer>[0]);
const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
const ASSET = `cid:${'ab'.repeat(32)}`;

describe('sanitizeHtml', () => {
  it('removes scripts, event handlers and script URLs', () => {
    const out = sanitize(
      `<p onclick="alert(1)">Hei<script>alert(2)</script></p><img src=x onerror="alert(3)"><a href="javascript:alert(4)">lenke</a>` +
        `<a href="  JaVaScRiPt:alert(5)">b</a><iframe src="https://evil.example"></iframe><svg><script>alert(6)</script></svg>` +
        `<form action="https://evil.example"><input name=x></form><style>p{color:red}</style><object data="x.swf"></object>`,
    );
    expect(out).not.toMatch(/script|onclick|onerror|alert|iframe|svg|form|input|style|object|javascript/i);
    expect(out).toContain('Hei');
    expect(out).toContain('lenke');
  });

  it('keeps headings, lists, tables, bold/italic/underline and web links', () => {
    const html =
      '<h2>Mål</h2><ul><li><strong>Fet</strong> og <em>kursiv</em> og <u>understreket</u></li></ul><ol start="3"><li>tre</li></ol>' +
      '<table><thead><tr><th>Tiltak</th></tr></thead><tbody><tr><td colspan="2">Kostnad</td></tr></tbody></table>' +
      '<blockquote><p>Sitat</p></blockquote><a href="https://lovdata.no/x">Lovdata</a><a href="mailto:post@kommune.no">post</a>';
    expect(sanitize(html)).toBe(html);
  });

  it('drops fonts, colours, classes, styles and spans but keeps their text', () => {
    const out = sanitize(
      '<p class="MsoNormal" style="color:red"><span style="font-family:Calibri"><font color="blue" face="Arial">Tekst</font></span></p>',
    );
    expect(out).toBe('<p>Tekst</p>');
  });

  it('drops Word comments with their text', () => {
    const out = sanitize(
      '<p>Avsnitt<span class="MsoCommentReference">[A1]</span></p><div style="mso-element:comment-list"><p class="MsoCommentText">Hemmelig kommentar</p></div>',
    );
    expect(out).toContain('Avsnitt');
    expect(out).not.toContain('Hemmelig');
    expect(out).not.toContain('A1');
  });

  it('drops links other than http, https and mailto and keeps their text', () => {
    const out = sanitize('<a href="file:///C:/x.docx">fil</a><a href="#_ftn1">1</a><a href="data:text/html,<b>x</b>">d</a>');
    expect(out).toBe('<a>fil</a><a>1</a><a>d</a>');
  });

  it('keeps data:image only when asked (import) and never SVG; keeps plan assets always', () => {
    const html = `<img src="${PNG}" alt="Kart"><img src="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=" alt="svg"><img src="https://x/y.png" alt="web"><img src="${ASSET}" alt="eiendel">`;
    const pasted = sanitize(html);
    expect(pasted).toBe(`<img src="${ASSET}" alt="eiendel">`);
    const imported = sanitize(html, { allowDataImages: true });
    expect(imported).toBe(`<img src="${PNG}" alt="Kart"><img src="${ASSET}" alt="eiendel">`);
    // The option does not leak into the next call.
    expect(sanitize(html)).toBe(pasted);
  });

  it('keeps the attributes of Planverk nodes so copy and paste inside the editor round-trips', () => {
    const html = `<p>Tekst<sup data-footnote="Kilde: SSB"></sup></p><table data-caption="Nøkkeltall"><tbody><tr><td>1</td></tr></tbody></table><div data-live-block="matrix-group" data-group-id="g1"></div><img src="${ASSET}" alt="" data-asset-id="${'ab'.repeat(32)}" data-decorative="true"><hr>`;
    expect(sanitize(html)).toBe(html);
  });

  it('drops unknown data attributes and aria attributes', () => {
    expect(sanitize('<p data-x="1" aria-hidden="true" id="a" name="b">x</p>')).toBe('<p>x</p>');
  });
});
