// A block of text as the spell-check sees it: its text and the passages marked as the other målform (the `language`
// mark), each checked in its own language. Shared by the editor's worker and the Node side (cli spell, export check).
import type { Malform } from '../domain/plan';
import { checkText, type CheckContext, type SpellFinding } from './checkText';

export type LanguageSpan = { from: number; to: number; lang: Malform };
export type SpellBlock = { text: string; spans?: LanguageSpan[] };

/** The findings of one block: a marked passage in its own language, the rest in the context's. */
export function checkBlock(block: SpellBlock, ctx: CheckContext): SpellFinding[] {
  const spans = (block.spans ?? []).filter((s) => s.lang !== ctx.lang && s.to > s.from);
  if (!spans.length) return checkText(block.text, ctx);
  const out: SpellFinding[] = [];
  // The rest of the block with the passages blanked out (same length, so offsets stay the block's own).
  let rest = block.text;
  for (const span of spans) {
    rest = rest.slice(0, span.from) + ' '.repeat(span.to - span.from) + rest.slice(span.to);
    for (const f of checkText(block.text.slice(span.from, span.to), { ...ctx, lang: span.lang })) out.push({ ...f, from: f.from + span.from, to: f.to + span.from });
  }
  out.push(...checkText(rest, ctx));
  return out.sort((a, b) => a.from - b.from);
}

/** The marked language at an offset of the block, if a passage covers it. */
export const languageAt = (block: SpellBlock, offset: number): Malform | null => block.spans?.find((s) => s.from <= offset && offset < s.to)?.lang ?? null;

type Json = { type?: unknown; text?: unknown; content?: unknown; marks?: unknown };

const isMalform = (v: unknown): v is Malform => v === 'nb' || v === 'nn';

function markedLanguageOf(node: Json): Malform | null {
  if (!Array.isArray(node.marks)) return null;
  for (const m of node.marks as Array<{ type?: unknown; attrs?: { lang?: unknown } }>) if (m?.type === 'language' && isMalform(m.attrs?.lang)) return m.attrs.lang;
  return null;
}

/** The blocks (paragraph, heading, list item's or table cell's paragraph) of a ProseMirror JSON body, with their marked passages. */
export function spellBlocksOf(body: unknown): SpellBlock[] {
  const out: SpellBlock[] = [];
  const visit = (node: Json): void => {
    const children = Array.isArray(node.content) ? (node.content as Json[]) : [];
    if (children.some((c) => c.type === 'text')) {
      let text = '';
      const spans: LanguageSpan[] = [];
      for (const c of children) {
        const piece = c.type === 'text' && typeof c.text === 'string' ? c.text : ' ';
        const lang = c.type === 'text' ? markedLanguageOf(c) : null;
        const last = spans[spans.length - 1];
        if (lang && last && last.lang === lang && last.to === text.length) last.to += piece.length;
        else if (lang) spans.push({ from: text.length, to: text.length + piece.length, lang });
        text += piece;
      }
      out.push(spans.length ? { text, spans } : { text });
      return;
    }
    children.forEach(visit);
  };
  if (body && typeof body === 'object') visit(body as Json);
  return out;
}
