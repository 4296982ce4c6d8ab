// `npm run cli -- export <file> --format docx --review`: the open suggestions of a chapter become Word's tracked changes
// with their authors and dates; without --review the same plan exports clean (no w:ins, w:del or comment ranges, the
// proposed insertion left out, the text proposed for deletion kept).
import JSZip from 'jszip';
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCommentService } from '../../electron/services/comments/commentService';
import { openPlanFile } from '../../electron/services/store';
import { diffToYUpdate, yDocFromUpdates } from '../../shared/editor/yjs';
import { sha256File, tempDir } from '../services/store/helpers';
import { readFileSync } from 'node:fs';
import { runCliText } from './capture';

const tmp = tempDir('planverk-export-review-');
afterAll(() => tmp.cleanup());
const planPath = tmp.file('forslag.planverk');

const kari = { authorId: 'p-kari', authorName: 'Kari Ødegård', authorInitials: 'KØ', authorGroup: 'Gruppe 2', date: '2025-03-01T09:30:00.000Z' };
const ola = { authorId: 'p-ola', authorName: 'Ola Åsen', authorInitials: 'OÅ', authorGroup: null, date: '2025-03-02T14:00:00.000Z' };

const cli = runCliText;

async function documentXml(path: string): Promise<string> {
  return (await JSZip.loadAsync(readFileSync(path))).file('word/document.xml')!.async('string');
}

beforeAll(async () => {
  expect((await cli('new', planPath, '--sample')).code).toBe(0);
  const file = openPlanFile(planPath);
  try {
    const chapter = file.readPlan().chapters.find((c) => c.kind === 'chapter')!;
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
            { type: 'text', text: 'vekst i tjenestene.' },
          ],
        },
      ],
    };
    const update = diffToYUpdate(doc, body);
    expect(update).not.toBeNull();
    file.appendChapterUpdate(chapter.id, update!);
    expect(Y.encodeStateAsUpdate(doc).length).toBeGreaterThan(0);
    chapterId = chapter.id;
  } finally {
    file.close();
  }
  // Kari comments on «planlegge for» (ProseMirror positions 20–33), Ola answers and resolves the thread.
  const asKari = openPlanFile(planPath, { author: { id: kari.authorId, name: kari.authorName, initials: kari.authorInitials, group: null } });
  let rootId: string;
  try {
    rootId = createCommentService(asKari).add({ targetTable: 'chapters', targetId: chapterId, body: 'Hvorfor ikke?', place: { from: 20, to: 33 } }).comment.id;
  } finally {
    asKari.close();
  }
  const asOla = openPlanFile(planPath, { author: { id: ola.authorId, name: ola.authorName, initials: ola.authorInitials, group: null } });
  try {
    const service = createCommentService(asOla);
    service.reply(rootId, 'Fordi budsjettet er stramt.');
    service.resolve(rootId);
  } finally {
    asOla.close();
  }
}, 120_000);

let chapterId = '';

describe('cli export --review', () => {
  it('writes the open suggestions as w:ins and w:del with their authors and dates', async () => {
    const out = tmp.file('gjennomgang.docx');
    const before = sha256File(planPath);
    const r = await cli('export', planPath, '--format', 'docx', '--review', '--out', out);
    expect(r.code, r.err).toBe(0);
    expect(sha256File(planPath)).toBe(before);
    const xml = await documentXml(out);
    expect(xml).toMatch(/<w:ins [^>]*w:author="Kari Ødegård" w:date="2025-03-01T09:30:00.000Z"><w:r><w:t[^>]*>ikke <\/w:t><\/w:r><\/w:ins>/);
    expect(xml).toMatch(/<w:del [^>]*w:author="Ola Åsen" w:date="2025-03-02T14:00:00.000Z"><w:r><w:delText[^>]*>sterk <\/w:delText><\/w:r><\/w:del>/);
  });

  it('writes the comment on its text with the reply threaded and the thread resolved, with their authors', async () => {
    const out = tmp.file('kommentarer.docx');
    expect((await cli('export', planPath, '--format', 'docx', '--review', '--out', out)).code).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(out));
    const xml = await zip.file('word/document.xml')!.async('string');
    const comments = (await zip.file('word/comments.xml')!.async('string')) ?? '';
    const range = /<w:commentRangeStart w:id="1"\/>(.*?)<w:commentRangeEnd w:id="1"\/>/s.exec(xml)?.[1] ?? '';
    expect([...range.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')).toBe('planlegge for');
    expect(comments).toMatch(/<w:comment w:id="1" w:initials="KØ" w:author="Kari Ødegård" w:date="[^"]+">.*Hvorfor ikke\?/s);
    expect(comments).toMatch(/<w:comment w:id="2" w:initials="OÅ" w:author="Ola Åsen"[^>]*>.*Fordi budsjettet er stramt\./s);
    const ext = (await zip.file('word/commentsExtended.xml')!.async('string')) ?? '';
    expect(ext).toMatch(/w15:paraIdParent="[0-9A-F]+"/);
    expect(ext).toContain('w15:done="1"');
  });

  it('without --review the export is clean: no w:ins, w:del or comment ranges, the proposed text left out', async () => {
    const out = tmp.file('rent.docx');
    const r = await cli('export', planPath, '--format', 'docx', '--out', out);
    expect(r.code, r.err).toBe(0);
    const xml = await documentXml(out);
    for (const tag of ['<w:ins ', '<w:del ', 'w:delText', 'commentRangeStart', 'commentReference']) expect(xml, tag).not.toContain(tag);
    const paragraphs = [...xml.matchAll(/<w:p>.*?<\/w:p>/gs)].map((m) => [...m[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));
    expect(paragraphs).toContain('Kommunen skal planlegge for sterk vekst i tjenestene.');
    expect(Object.keys((await JSZip.loadAsync(readFileSync(out))).files).some((f) => f.includes('comments'))).toBe(false);
  });
});
