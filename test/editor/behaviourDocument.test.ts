// Each node and mark of the chapter schema decides what it becomes in a hearing document (its behaviour's `document`),
// and the builder, search, paste and the editor's live-block preview no longer keep switches of their own.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hearingChanges } from '../../shared/compare/hearingChanges';
import { liveBlockTables } from '../../shared/document/build/liveBlocks';
import { buildDocument } from '../../shared/document/builder';
import { inlineText, type Block, type Inline } from '../../shared/document/model';
import type { Chapter, PlanData } from '../../shared/domain/plan';
import { behaviourOf } from '../../shared/editor/behaviour';
import { sanitizeRichText } from '../../shared/editor/sanitize';
import { planSchema } from '../../shared/editor/extensions';
import { LIVE_BLOCK_KINDS } from '../../shared/editor/nodes';
import { fixturePlan } from '../document/fixtures';

const ROOT = join(__dirname, '..', '..');

/** Nodes whose text is all a document needs (or that their list/table draws), and marks a hearing document leaves plain. */
const TEXT_ONLY = new Set(['doc', 'text', 'codeBlock', 'listItem', 'tableRow', 'tableCell', 'tableHeader']);
const PLAIN_MARKS = new Set(['strike', 'code']);

const who = (name: string) => ({ authorId: `p-${name}`, authorName: name, authorInitials: name.slice(0, 2).toUpperCase(), authorGroup: null, date: '2026-12-07T05:00:00.000Z' });

function withBody(plan: PlanData, body: unknown): { plan: PlanData; chapter: Chapter } {
  const chapter = plan.chapters.find((c) => !c.id.startsWith('sample-kap'))!;
  return { plan: { ...plan, chapters: plan.chapters.map((c) => (c.id === chapter.id ? { ...c, body: body as Chapter['body'] } : c)) }, chapter };
}

function allInlines(blocks: Block[]): Inline[] {
  return blocks.flatMap((b) => (b.kind === 'paragraph' ? b.runs : b.kind === 'quote' ? allInlines(b.blocks) : b.kind === 'list' ? b.items.flatMap(allInlines) : []));
}

const tableHeads = (blocks: Block[]): string[][] =>
  blocks.flatMap((b) => (b.kind === 'table' ? [[...b.headerRows.flat(), ...b.bodyRows.flatMap((r) => r.cells)].map((c) => allInlines(c.blocks).map((i) => (i.kind === 'text' ? i.text : '')).join(''))] : []));

describe('what each node and mark becomes in a document is its own behaviour', () => {
  it('gives every block node, inline atom and mark of the schema a document behaviour, or names it as text only', () => {
    const schema = planSchema();
    const missing: string[] = [];
    for (const [name, type] of Object.entries(schema.nodes)) {
      const doc = behaviourOf(name)?.document;
      if (TEXT_ONLY.has(name)) continue;
      if (type.isInline ? !doc?.inlines : !doc?.blocks) missing.push(name);
    }
    for (const name of Object.keys(schema.marks)) if (!PLAIN_MARKS.has(name) && !behaviourOf(name)?.document?.run) missing.push(name);
    expect(missing).toEqual([]);
  });

  it('leaves no switch on node, mark or live-block names in the builder, search, paste, sanitiser or live-block preview', () => {
    const schema = planSchema();
    // Schema names as `case 'x'` or `type === 'x'`, live-block kinds as `case 'x'` or `kind === 'x'` (a document block's
    // own kind, `b.kind === 'table'`, is the document model's, not the editor's).
    const nodeNames = [...Object.keys(schema.nodes), ...Object.keys(schema.marks)].filter((n) => n !== 'text' && n !== 'doc');
    const patterns = [
      ...nodeNames.map((name) => ({ name, re: new RegExp(`(case\\s+'${name}'|type\\s*===\\s*'${name}')`) })),
      ...LIVE_BLOCK_KINDS.map((name) => ({ name, re: new RegExp(`(case\\s+'${name}'|kind\\s*===\\s*'${name}')`) })),
    ];
    const files = [
      'shared/document/build/tiptapBlocks.ts',
      'shared/document/builder.ts',
      'electron/services/search/richTextOps.ts',
      'shared/editor/sanitizeHtml.ts',
      'shared/editor/sanitize.ts',
      'renderer/features/chapters/LiveBlockContent.tsx',
    ];
    const found: string[] = [];
    for (const file of files) {
      const source = readFileSync(join(ROOT, file), 'utf8');
      for (const { name, re } of patterns) if (re.test(source)) found.push(`${file}: ${name}`);
    }
    expect(found).toEqual([]);
  });

  it('draws every kind of live block in the document and in the editor preview from the same tables', () => {
    const plan = fixturePlan();
    // «Endringer etter høring» draws what the services compared with the hearing draft: here one renamed chapter.
    const draft = { ...plan, chapters: plan.chapters.map((c, i) => (i === 0 ? { ...c, title: `${c.title} (høring)` } : c)) };
    const changes = hearingChanges(draft, plan, 'Høringsutkast 15.04.2025');
    for (const kind of LIVE_BLOCK_KINDS) {
      const groupId = kind === 'matrix-group' ? plan.groups[0]!.id : null;
      const preview = liveBlockTables(plan, kind, groupId, changes);
      expect(preview.some((b) => b.kind === 'table'), kind).toBe(true);
      const { plan: withLive } = withBody(plan, { type: 'doc', content: [{ type: 'liveBlock', attrs: { kind, groupId } }] });
      const exported = tableHeads(buildDocument(withLive, { part: 'plan', watermark: 'none', hearingChanges: changes }).blocks);
      for (const table of tableHeads(preview)) expect(exported, kind).toContainEqual(table);
    }
  });

  it('keeps a suggested line break or footnote out of a clean document, and draws the later act when proposed text is struck, in either mark order', () => {
    const ins = { type: 'insertion', attrs: { id: 's1', ...who('Kari') } };
    const del = { type: 'deletion', attrs: { id: 's2', ...who('Ola') } };
    const body = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Før' },
            { type: 'hardBreak', marks: [ins] },
            { type: 'footnote', attrs: { text: 'Foreslått fotnote' }, marks: [ins] },
            { type: 'text', text: 'ikke ', marks: [ins, del] },
            { type: 'text', text: 'heller ', marks: [del, ins] },
            { type: 'text', text: 'etter.', marks: [{ type: 'bold' }, { type: 'link', attrs: { href: 'javascript:alert(1)' } }] },
          ],
        },
      ],
    };
    const { plan } = withBody(fixturePlan(), body);
    const clean = buildDocument(plan, { part: 'plan', watermark: 'none' });
    const paragraph = clean.blocks.find((b) => b.kind === 'paragraph' && inlineText(b.runs).startsWith('Før'));
    expect(paragraph?.kind === 'paragraph' && paragraph.runs).toEqual([
      { kind: 'text', text: 'Før' },
      { kind: 'text', text: 'etter.', bold: true },
    ]);
    expect(clean.footnotes.map((f) => inlineText(f.runs))).not.toContain('Foreslått fotnote');

    const review = allInlines(buildDocument(plan, { part: 'plan', watermark: 'none', review: { comments: [] } }).blocks);
    const change = (text: string) => review.flatMap((r) => (r.kind === 'text' && r.text === text ? [r.change] : []))[0];
    expect(change('ikke ')).toMatchObject({ kind: 'del', author: 'Ola' });
    expect(change('heller ')).toMatchObject({ kind: 'del', author: 'Ola' });
  });

  it('drops, when rich text is read, a link its behaviour does not accept (javascript:, data:, file:) and keeps web and mail links', () => {
    const linked = (href: string) => ({ type: 'text', text: href, marks: [{ type: 'link', attrs: { href } }, { type: 'bold' }] });
    const hrefs = ['https://lovdata.no', 'mailto:post@kommune.no', 'javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,x', 'file:///etc/passwd'];
    const read = sanitizeRichText({ type: 'doc', content: [{ type: 'paragraph', content: hrefs.map(linked) }] });
    const kept = (read.content?.[0] as { content: { marks: { type: string; attrs?: { href: string } }[] }[] }).content.map((t) => t.marks.map((m) => m.attrs?.href ?? m.type));
    expect(kept).toEqual([['https://lovdata.no', 'bold'], ['mailto:post@kommune.no', 'bold'], ['bold'], ['bold'], ['bold'], ['bold']]);
  });
});
