// `npm run cli -- review <file> [--json]`: every open suggestion of every chapter (chapter, kind, author, date, text),
// read-only (the file is byte-for-byte the same afterwards).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPlanFile } from '../../electron/services/store';
import { diffToYUpdate, yDocFromUpdates } from '../../shared/editor/yjs';
import { sha256File, tempDir } from '../services/store/helpers';
import { runCliText } from './capture';

const tmp = tempDir('planverk-review-');
afterAll(() => tmp.cleanup());
const planPath = tmp.file('gjennomgang.planverk');
const kari = { authorId: 'p-kari', authorName: 'Kari Ødegård', authorInitials: 'KØ', authorGroup: 'Gruppe 2', date: '2025-03-01T09:30:00.000Z' };
const ola = { authorId: 'p-ola', authorName: 'Ola Åsen', authorInitials: 'OÅ', authorGroup: null, date: '2025-03-02T14:00:00.000Z' };
let chapterTitle = '';

const cli = runCliText;

beforeAll(async () => {
  expect((await cli('new', planPath, '--sample')).code).toBe(0);
  const file = openPlanFile(planPath);
  try {
    const chapter = file.readPlan().chapters.find((c) => c.kind === 'chapter')!;
    chapterTitle = chapter.title;
    const doc = yDocFromUpdates([file.chapterState(chapter.id)]);
    const body = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Kommunen skal ' },
            { type: 'text', text: 'ikke ', marks: [{ type: 'insertion', attrs: { id: 's1', ...kari } }] },
            { type: 'text', text: 'planlegge for ' },
            { type: 'text', text: 'sterk ', marks: [{ type: 'deletion', attrs: { id: 's2', ...ola } }] },
            { type: 'text', text: 'vekst.' },
          ],
        },
      ],
    };
    file.appendChapterUpdate(chapter.id, diffToYUpdate(doc, body)!);
  } finally {
    file.close();
  }
});

describe('cli review', () => {
  it('lists every open suggestion with its chapter, kind, author, date and text, and leaves the file untouched', async () => {
    const before = sha256File(planPath);
    const { code, out } = await cli('review', planPath);
    expect(code).toBe(0);
    expect(out).toContain('2 åpne forslag');
    expect(out).toContain(`«${chapterTitle}» – forslag: sett inn av Kari Ødegård (01.03.2025): «ikke »`);
    expect(out).toContain(`«${chapterTitle}» – forslag: slett av Ola Åsen (02.03.2025): «sterk »`);
    expect(sha256File(planPath)).toBe(before);
  });

  it('--json gives the same for scripts', async () => {
    const { code, out } = await cli('review', planPath, '--json');
    expect(code).toBe(0);
    const json = JSON.parse(out) as { suggestions: { kind: string; author: string; initials: string; group: string | null; date: string; text: string; place: string }[]; comments: unknown[] };
    expect(json.suggestions).toEqual([
      expect.objectContaining({ kind: 'insertion', author: 'Kari Ødegård', initials: 'KØ', group: 'Gruppe 2', date: kari.date, text: 'ikke ', place: chapterTitle }),
      expect.objectContaining({ kind: 'deletion', author: 'Ola Åsen', initials: 'OÅ', group: null, date: ola.date, text: 'sterk ', place: chapterTitle }),
    ]);
    expect(json.comments).toEqual([]);
  });
});
