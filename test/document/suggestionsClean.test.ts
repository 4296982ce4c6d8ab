// A clean export (no review content) shows the plan's text as if every open suggestion were rejected.
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../shared/document/builder';
import { inlineText, type Block } from '../../shared/document/model';
import type { Chapter } from '../../shared/domain/plan';
import { fixturePlan } from './fixtures';

const who = { authorId: 'p-ola', authorName: 'Ola Hansen', authorInitials: 'OH', authorGroup: null, date: '2026-12-07T05:00:00.000Z' };

function paragraphs(blocks: Block[]): string[] {
  return blocks.flatMap((b) => (b.kind === 'paragraph' ? [inlineText(b.runs)] : b.kind === 'quote' ? paragraphs(b.blocks) : []));
}

describe('clean export of a chapter with open suggestions', () => {
  it('leaves proposed insertions out and keeps text proposed for deletion as plain text', () => {
    const plan = fixturePlan();
    const chapter = plan.chapters.find((c) => !c.id.startsWith('sample-kap'))!;
    const body = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Kommunen skal ' },
            { type: 'text', text: 'ikke ', marks: [{ type: 'insertion', attrs: { id: 's1', ...who } }] },
            { type: 'text', text: 'planlegge for ' },
            { type: 'text', text: 'sterk ', marks: [{ type: 'deletion', attrs: { id: 's2', ...who } }] },
            { type: 'text', text: 'vekst.' },
          ],
        },
      ],
    } as Chapter['body'];
    const withSuggestions = { ...plan, chapters: plan.chapters.map((c) => (c.id === chapter.id ? { ...c, body } : c)) };
    const texts = paragraphs(buildDocument(withSuggestions, { part: 'plan', watermark: 'none' }).blocks);
    expect(texts).toContain('Kommunen skal planlegge for sterk vekst.');
    expect(texts.join('\n')).not.toContain('ikke');
  });
});
