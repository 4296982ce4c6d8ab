// Plain text to and from the Tiptap JSON of an area's short rich-text fields (problems, method, actors).
import type { RichText } from '../domain/plan';

type Node = { type?: unknown; text?: unknown; content?: unknown };

/** One paragraph per non-empty line; lines starting with "- " become one bullet list. Empty text → null. */
export function plainTextToRichText(text: string): RichText | null {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');
  if (lines.length === 0) return null;
  const content: unknown[] = [];
  let bullets: unknown[] | null = null;
  for (const line of lines) {
    if (line.startsWith('- ')) {
      if (!bullets) {
        bullets = [];
        content.push({ type: 'bulletList', content: bullets });
      }
      bullets.push({ type: 'listItem', content: [paragraph(line.slice(2).trim())] });
    } else {
      bullets = null;
      content.push(paragraph(line));
    }
  }
  return { type: 'doc', content };
}

function paragraph(text: string): unknown {
  return { type: 'paragraph', content: [{ type: 'text', text }] };
}

const BLOCKS = new Set(['paragraph', 'heading', 'listItem', 'tableCell', 'tableHeader', 'blockquote', 'codeBlock']);

/** Text of a rich-text value, one line per block; bullets come back as "- " lines so plainTextToRichText inverts it. */
export function richTextToPlainText(doc: RichText | null): string {
  if (!doc) return '';
  const lines: string[] = [];
  const walk = (node: Node, bullet: boolean): void => {
    if (typeof node.text === 'string') {
      if (lines.length === 0) lines.push('');
      lines[lines.length - 1] += node.text;
      return;
    }
    const type = typeof node.type === 'string' ? node.type : '';
    if (type === 'hardBreak') lines.push('');
    const opens = BLOCKS.has(type) && type !== 'listItem';
    if (opens) lines.push(bullet ? '- ' : '');
    const children = Array.isArray(node.content) ? (node.content as Node[]) : [];
    children.forEach((child, i) => walk(child, type === 'listItem' ? i === 0 : opens ? false : bullet));
  };
  walk(doc as Node, false);
  return lines.map((l) => l.trimEnd()).filter((l) => l !== '' && l !== '-').join('\n');
}

/** True when a rich-text field holds no visible text. */
export function isRichTextEmpty(doc: RichText | null): boolean {
  return richTextToPlainText(doc).trim() === '';
}
