// Every node and mark a chapter can hold survives Tiptap JSON → Yjs → Tiptap JSON, and HTML (the clipboard) → JSON.
import { DOMSerializer, Node as PmNode } from '@tiptap/pm/model';
import { describe, expect, it } from 'vitest';
import type { RichText } from '../../shared/domain/plan';
import { planSchema, richTextToYUpdate, withoutNullBreaks, yStateToRichText } from '../../shared/editor';
import { htmlToRichText, nodeDom } from '../../electron/services/import/htmlToRichText';

const ASSET = 'c0ffee'.padEnd(64, '0');
const text = (t: string, marks?: unknown[]) => (marks ? { type: 'text', text: t, marks } : { type: 'text', text: t });
const p = (...content: unknown[]) => ({ type: 'paragraph', content });
const cell = (type: 'tableHeader' | 'tableCell', t: string) => ({ type, content: [p(text(t))] });

const SUGGESTION = (id: string, group: string | null) => ({ id, authorId: 'p-1', authorName: 'Kari Nordmann', authorInitials: 'KN', authorGroup: group, date: '2026-12-07T05:00:00.000Z' });

/** One document with every node and mark of the plan schema, with non-default attributes wherever there are any. */
const EVERYTHING: RichText = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [text('Utfordringer')] },
    { type: 'heading', attrs: { level: 3 }, content: [text('Demografi')] },
    { type: 'heading', attrs: { level: 4 }, content: [text('Eldre')] },
    p(
      text('Fet', [{ type: 'bold' }]),
      text(' kursiv', [{ type: 'italic' }]),
      text(' understreket', [{ type: 'underline' }]),
      text(' gjennomstreket', [{ type: 'strike' }]),
      text(' kode', [{ type: 'code' }]),
      text(' lenke', [{ type: 'link', attrs: { href: 'https://lovdata.no/LOV-2011-06-24-30' } }]),
      { type: 'hardBreak' },
      text('Økt behov for tjenester'),
      { type: 'footnote', attrs: { text: 'Kilde: SSB, «Framskrivinger» 2024.' } },
      text(' i årene frem mot 2037.'),
      text(' foreslått', [{ type: 'insertion', attrs: SUGGESTION('s-1', null) }]),
      text(' strøket', [{ type: 'deletion', attrs: SUGGESTION('s-2', 'Helse') }]),
      text(' begge', [{ type: 'insertion', attrs: SUGGESTION('s-3', null) }, { type: 'deletion', attrs: SUGGESTION('s-4', 'Helse') }]),
      text(' ikkje', [{ type: 'language', attrs: { lang: 'nn' } }]),
    ),
    { type: 'bulletList', content: [{ type: 'listItem', content: [p(text('Bolig'))] }, { type: 'listItem', content: [p(text('Helse'))] }] },
    { type: 'orderedList', attrs: { start: 3 }, content: [{ type: 'listItem', content: [p(text('Tredje'))] }] },
    { type: 'blockquote', content: [p(text('Sitat fra Meld. St. 15 (2017–2018).'))] },
    {
      type: 'table',
      attrs: { caption: 'Nøkkeltall for omsorgstjenestene' },
      content: [
        { type: 'tableRow', content: [cell('tableHeader', 'År'), cell('tableHeader', 'Årsverk')] },
        { type: 'tableRow', content: [cell('tableCell', '2025'), cell('tableCell', '2,60')] },
      ],
    },
    { type: 'image', attrs: { src: `cid:${ASSET}`, assetId: ASSET, alt: 'Kart over sonene', decorative: false, caption: 'Soner i kommunen' } },
    { type: 'image', attrs: { src: `cid:${ASSET}`, assetId: ASSET, alt: '', decorative: true } },
    { type: 'liveBlock', attrs: { kind: 'matrix-group', groupId: 'group-3' } },
    { type: 'horizontalRule' },
    { type: 'codeBlock', attrs: { language: null }, content: [text('x')] },
  ],
};

// As a body is stored: ProseMirror's JSON without the null of an unsuggested paragraph break (nodes/paragraphBreak.ts).
const normalise = (json: unknown) => withoutNullBreaks(PmNode.fromJSON(planSchema(), json).toJSON());

function withoutMarks(json: unknown, names: string[]): unknown {
  const n = json as { marks?: { type: string }[]; content?: unknown[] };
  const marks = n.marks?.filter((m) => !names.includes(m.type));
  const out: Record<string, unknown> = { ...n };
  if (marks) {
    if (marks.length) out.marks = marks;
    else delete out.marks;
  }
  if (n.content) out.content = n.content.map((c) => withoutMarks(c, names));
  return out;
}

function typesIn(json: unknown, nodes = new Set<string>(), marks = new Set<string>()) {
  const n = json as { type: string; content?: unknown[]; marks?: { type: string }[] };
  nodes.add(n.type);
  for (const m of n.marks ?? []) marks.add(m.type);
  for (const c of n.content ?? []) typesIn(c, nodes, marks);
  return { nodes, marks };
}

describe('chapter body round trips', () => {
  it('the test document covers every node and mark type of the schema', () => {
    const { nodes, marks } = typesIn(EVERYTHING);
    expect([...nodes].sort()).toEqual(Object.keys(planSchema().nodes).sort());
    expect([...marks].sort()).toEqual(Object.keys(planSchema().marks).sort());
  });

  it('JSON → Yjs → JSON is lossless for every node and mark', () => {
    const back = yStateToRichText(richTextToYUpdate(EVERYTHING));
    expect(back).toEqual(normalise(EVERYTHING));
    // The attributes Planverk's own nodes carry are kept exactly, not defaulted.
    const json = JSON.stringify(back);
    for (const needle of ['Kilde: SSB, «Framskrivinger» 2024.', 'Nøkkeltall for omsorgstjenestene', 'Soner i kommunen', 'Kart over sonene', '"decorative":true', '"groupId":"group-3"', '"start":3']) {
      expect(json).toContain(needle);
    }
  });

  it('JSON → HTML → sanitiser → JSON (copy and paste inside the editor) keeps footnotes, captions, images, live blocks and marked passages', () => {
    const { window } = nodeDom();
    const doc = PmNode.fromJSON(planSchema(), EVERYTHING);
    const fragment = DOMSerializer.fromSchema(planSchema()).serializeFragment(doc.content, { document: window.document as unknown as Document });
    const div = window.document.createElement('div');
    div.appendChild(fragment as unknown as InstanceType<typeof window.Node>);
    // Suggestions do not travel through the clipboard: pasted text is the paster's plain text (an author in pasted HTML
    // could be anyone's); in suggestion mode the paste itself becomes the paster's suggestion. A passage's language
    // mark is a <span lang="nn">, the one span paste keeps (issue 17).
    expect(htmlToRichText(div.innerHTML)).toEqual(normalise(withoutMarks(EVERYTHING, ['insertion', 'deletion'])));
  });
});
