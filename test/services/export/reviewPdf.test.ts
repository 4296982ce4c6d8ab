// Suggestions and comments in the Typst PDF: insertions and deletions print as they read in Word (the text is there,
// underlined or struck), every comment thread is a note with author, day and replies (a Note in the tagged PDF), a
// comment on the whole document is listed after the text; the clean document prints no comment.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printTypstPdf } from '../../../electron/services/export/pdfTypst';
import { buildDocument } from '../../../shared/document/builder';
import { renderTypst } from '../../../shared/document/typst/typstRenderer';
import { fixturePlan } from '../../document/fixtures';
import { DELETED, INSERTED, KARI, OLA, withReview } from '../../document/reviewFixtures';

const dir = mkdtempSync(join(tmpdir(), 'planverk-review-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const clean = buildDocument(fixturePlan(), { part: 'plan', watermark: 'none' });
const reviewPdf = join(dir, 'gjennomgang.pdf');
const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const squash = (s: string) => s.replace(/\s+/g, ' ');

beforeAll(async () => {
  writeFileSync(reviewPdf, await printTypstPdf(withReview(clean), { date: new Date('2025-04-15T08:00:00Z') }));
}, 120_000);

describe('PDF review content (Typst)', () => {
  it('prints suggested insertions and deletions as text and marks them for the program', () => {
    const text = squash(run('pdftotext', [reviewPdf, '-']));
    expect(text).toContain(INSERTED);
    expect(text).toContain(DELETED);
    const doc = JSON.parse(renderTypst(withReview(clean)).data.json) as { runs: { blocks: { kind: string; runs?: { text?: string; change?: string }[] }[] }[] };
    const runs = doc.runs.flatMap((r) => r.blocks).flatMap((b) => b.runs ?? []);
    expect(runs.filter((r) => r.change).map((r) => [r.change, r.text?.trim()])).toEqual([
      ['ins', INSERTED],
      ['del', DELETED],
    ]);
  });

  it('prints every comment thread as a note with author, initials, day and its replies, tagged as a note', () => {
    const text = squash(run('pdftotext', [reviewPdf, '-']));
    expect(text).toContain(`Kommentar 1 – ${KARI.author} (${KARI.initials}) 01.03.2025: Bør vi tallfeste dette? Se tabell 2. Svar – ${OLA.author} (${OLA.initials}) 02.03.2025: Ja, vi legger inn tallene.`);
    expect(text).toContain(`Kommentar 3 (Løst) – ${OLA.author}`);
    // The comment on the whole document is listed after the text, under «Kommentarer».
    expect(text).toMatch(/Kommentarer .*Kommentar 4 – Kari Ødegård \(KØ\): Hele utkastet må språkvaskes\./);
    expect(run('pdfinfo', ['-struct', reviewPdf])).toMatch(/^\s*Note\b/m);
  });

  it('a clean document prints no comment and marks no change', () => {
    const doc = renderTypst(clean).data.json;
    expect(doc).not.toContain('"change"');
    expect(JSON.parse(doc).comments).toBeNull();
  });
});
