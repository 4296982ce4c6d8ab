// `npm run cli -- export <file> --format docx --review`: the open suggestions of a chapter become Word's tracked changes
// with their authors and dates; without --review the same plan exports clean (no w:ins, w:del or comment ranges, the
// proposed insertion left out, the text proposed for deletion kept).
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256File, tempDir } from '../services/store/helpers';
import { readFileSync } from 'node:fs';
import { runCliText } from './capture';
import { makeReviewPlan } from './reviewPlanFixture';

const tmp = tempDir('planverk-export-review-');
afterAll(() => tmp.cleanup());
const planPath = tmp.file('forslag.planverk');

const cli = runCliText;

async function documentXml(path: string): Promise<string> {
  return (await JSZip.loadAsync(readFileSync(path))).file('word/document.xml')!.async('string');
}

beforeAll(async () => {
  await makeReviewPlan(planPath);
}, 120_000);

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
