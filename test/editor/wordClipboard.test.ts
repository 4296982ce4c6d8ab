// Issue 14 «Paste from Word»: Word's clipboard HTML (list paragraphs with typed markers, footnotes at the end) and
// LibreOffice's become real lists and Planverk's footnote node, not paragraphs starting with «·» and a literal «[1]».
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { DOMParser as PmDOMParser } from '@tiptap/pm/model';
import { describe, expect, it } from 'vitest';
import { planSchema } from '../../shared/editor';
import { createHtmlSanitizer } from '../../shared/editor/sanitizeHtml';
import { sanitizeClipboardHtml } from '../../shared/editor/wordClipboard';

const { window } = new JSDOM('');
const sanitizer = createHtmlSanitizer(window as unknown as Parameters<typeof createHtmlSanitizer>[0]);
const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`../fixtures/clipboard/${name}`, import.meta.url)), 'utf8');

type Json = { type: string; text?: string; attrs?: Record<string, unknown>; content?: Json[] };

/** Clipboard HTML → what the chapter editor would hold (the same schema and parser as Tiptap's paste). */
function pasted(html: string): Json {
  const clean = sanitizeClipboardHtml(html, window as unknown as { DOMParser: { new (): DOMParser } }, sanitizer);
  const container = window.document.createElement('div');
  container.innerHTML = clean;
  return PmDOMParser.fromSchema(planSchema()).parse(container as unknown as globalThis.Node).toJSON() as Json;
}

const text = (node: Json): string => (node.text ?? '') + (node.content ?? []).map(text).join('');
const itemTexts = (list: Json) => (list.content ?? []).map((li) => text(li.content![0]!));
const footnotes = (node: Json): string[] => (node.type === 'footnote' ? [String(node.attrs?.text)] : (node.content ?? []).flatMap(footnotes));

describe('paste from Word', () => {
  const doc = pasted(fixture('word-lists-footnotes.html'));
  const blocks = doc.content!;

  it('turns Word bullet paragraphs («·» in mso-list:Ignore) into a bullet list, nested by level', () => {
    const list = blocks.find((b) => b.type === 'bulletList')!;
    expect(list).toBeDefined();
    expect(itemTexts(list)).toEqual(['Flere skal mestre hverdagen hjemme', 'Tjenestene skal henge sammen', 'Flere fagfolk skal bli værende']);
    const nested = list.content![0]!.content![1]!;
    expect(nested.type).toBe('bulletList');
    expect(itemTexts(nested)).toEqual(['Hverdagsrehabilitering i alle soner', 'Velferdsteknologi som standard']);
  });

  it('turns Word numbered paragraphs («1.», «a.») into an ordered list with a nested ordered list', () => {
    const list = blocks.find((b) => b.type === 'orderedList')!;
    expect(itemTexts(list)).toEqual(['Kartlegging', 'Høring', 'Vedtak']);
    const nested = list.content![0]!.content![1]!;
    expect(nested.type).toBe('orderedList');
    expect(itemTexts(nested)).toEqual(['Brukerundersøkelse']);
  });

  it('leaves no typed marker («·», «o», «1.») and no literal «[1]» in the text', () => {
    const all = text(doc);
    expect(all).not.toMatch(/[·§]|\[\d\]/);
    expect(all).not.toMatch(/(^|\s)o\s*Hverdags/);
    expect(all).not.toMatch(/1\.\s*Kartlegging/);
    expect(blocks.filter((b) => b.type === 'paragraph').map(text)).toEqual(['Kommunen har tre mål for perioden:', 'Arbeidet gjøres i denne rekkefølgen:']);
  });

  it('turns Word footnote references into footnote nodes holding the note text, and drops the note list at the end', () => {
    expect(footnotes(doc)).toEqual(['Kommunestyrets vedtak i sak 45/24.', 'Se planprogrammet, kapittel 4.']);
    expect(text(doc)).not.toContain('Kommunestyrets vedtak');
    const first = blocks[0]!;
    expect(first.content!.map((n) => n.type)).toEqual(['text', 'footnote', 'text']);
  });

  it('keeps bold text inside a list item', () => {
    const item = blocks.find((b) => b.type === 'bulletList')!.content![0]!.content![0]!;
    expect(item.content!.find((n) => n.text === 'mestre')?.content).toBeUndefined();
    expect(JSON.stringify(item)).toContain('"bold"');
  });

  it('starts an ordered list at the number Word typed when a copied list begins at «3.»', () => {
    const html = `<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><span style='mso-list:Ignore'>3.<span>&nbsp;&nbsp;</span></span>Tredje</p>`;
    const list = pasted(html).content![0]!;
    expect(list.type).toBe('orderedList');
    expect(list.attrs?.start).toBe(3);
  });
});

describe('paste from LibreOffice', () => {
  const doc = pasted(fixture('libreoffice-footnotes.html'));

  it('turns LibreOffice footnote anchors (sdfootnote) into footnote nodes and drops the notes', () => {
    expect(footnotes(doc)).toEqual(['Referat fra møtet 12.03.2025.', 'Ungdomsrådet svarte skriftlig.']);
    expect(text(doc)).not.toMatch(/Referat fra møtet|svarte skriftlig/);
  });

  it('keeps LibreOffice lists as lists, nested and numbered', () => {
    const types = doc.content!.map((b) => b.type);
    expect(types).toEqual(['paragraph', 'bulletList', 'orderedList']);
    const bullets = doc.content![1]!;
    expect(itemTexts(bullets)).toEqual(['Eldrerådet', 'Ungdomsrådet']);
    expect(bullets.content![0]!.content![1]!.type).toBe('bulletList');
  });
});

describe('ordinary HTML is left as it was', () => {
  it('a paragraph starting with a middle dot that is not a Word list stays a paragraph', () => {
    const doc = pasted('<p>· ikke en liste</p><p><a href="#intern">[1]</a> ikke en fotnote</p>');
    expect(doc.content!.map((b) => b.type)).toEqual(['paragraph', 'paragraph']);
    expect(footnotes(doc)).toEqual([]);
  });
});
