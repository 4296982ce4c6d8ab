// Paste keeps a passage marked as the other målform (issue 17): a span with lang nb/nn (with or without -NO) becomes
// the `language` mark with nothing else on it; every other span (Word's lang="EN-US"/"NO-BOK" on each run, styles,
// classes) is unwrapped with its text kept, and lang survives nowhere but on such a span.
import { JSDOM } from 'jsdom';
import { DOMParser as PmDOMParser } from '@tiptap/pm/model';
import { describe, expect, it } from 'vitest';
import { planSchema } from '../../shared/editor';
import { createHtmlSanitizer } from '../../shared/editor/sanitizeHtml';
import { sanitizeClipboardHtml } from '../../shared/editor/wordClipboard';

const { window } = new JSDOM('');
const sanitizer = createHtmlSanitizer(window as unknown as Parameters<typeof createHtmlSanitizer>[0]);

type Json = { type: string; text?: string; marks?: { type: string; attrs?: Record<string, unknown> }[]; content?: Json[] };

/** Clipboard HTML → the chapter editor's paragraph runs as [text, its language mark or null]. */
function pastedRuns(html: string): [string, unknown][] {
  const clean = sanitizeClipboardHtml(html, window as unknown as { DOMParser: { new (): DOMParser } }, sanitizer);
  const container = window.document.createElement('div');
  container.innerHTML = clean;
  const doc = PmDOMParser.fromSchema(planSchema()).parse(container as unknown as globalThis.Node).toJSON() as Json;
  const runs = (n: Json): Json[] => (n.type === 'text' ? [n] : (n.content ?? []).flatMap(runs));
  return runs(doc).map((r) => [r.text!, r.marks?.find((m) => m.type === 'language')?.attrs?.lang ?? null]);
}

describe('paste keeps the language mark', () => {
  it('a span lang="nn-NO", "nn", "NB-no" becomes the language mark (nn / nb) on its text', () => {
    expect(pastedRuns('<p>Rådet skrev: <span lang="nn-NO">vi veit ikkje</span>, og <span lang="nn">kva</span> <span lang="NB-no">hva</span>.</p>')).toEqual([
      ['Rådet skrev: ', null],
      ['vi veit ikkje', 'nn'],
      [', og ', null],
      ['kva', 'nn'],
      [' ', null],
      ['hva', 'nb'],
      ['.', null],
    ]);
  });

  it('keeps only lang on such a span: its style, class and handlers go', () => {
    expect(sanitizer.sanitize('<p><span lang="nn-NO" style="color:red" class="MsoNormal" onclick="alert(1)" title="x">ikkje</span></p>')).toBe('<p><span lang="nn">ikkje</span></p>');
  });

  it('unwraps every other span with its text: Word’s lang="EN-US" / "NO-BOK" / "NO-NYN" runs, styled spans, spans without lang', () => {
    const html = '<p><span lang="EN-US">Hello</span> <span lang="NO-BOK" style="font-family:Calibri">bokmål</span> <span lang="no">x</span> <span class="a">y</span> <span lang="nn-SE">z</span></p>';
    expect(sanitizer.sanitize(html)).toBe('<p>Hello bokmål x y z</p>');
    expect(pastedRuns(html).every(([, lang]) => lang === null)).toBe(true);
  });

  it('lang is dropped from every element that is not a span, and a marked span carries no script or image with a handler', () => {
    const out = sanitizer.sanitize('<p lang="nn">avsnitt</p><h2 lang="nn-NO">Tittel</h2><a lang="nn" href="https://lovdata.no">lov</a><span lang="nn"><script>alert(1)</script><img src="x" onerror="alert(2)">tekst</span>');
    expect(out).toBe('<p>avsnitt</p><h2>Tittel</h2><a href="https://lovdata.no">lov</a><span lang="nn">tekst</span>');
  });

  it('a marked span inside other spans keeps its mark over its whole text', () => {
    expect(pastedRuns('<p><span style="a"><span lang="nn"><span class="b">dei</span> veit</span> ikke</span></p>')).toEqual([
      ['dei veit', 'nn'],
      [' ikke', null],
    ]);
  });
});
