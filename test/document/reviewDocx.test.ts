// Suggestions and comments in the DOCX as Word, pandoc and LibreOffice read them: w:ins/w:del with author and date,
// word/comments.xml with author, initials, date and anchored ranges, replies threaded and resolved threads done in
// commentsExtended.xml; pandoc --track-changes=all shows them with their authors; LibreOffice's ODT has the tracked
// changes and annotations. A document without review content has none of it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDocument } from '../../shared/document/builder';
import { renderDocx } from '../../shared/document/docx/docxRenderer';
import { fixturePlan, HOSTILE } from './fixtures';
import { commentedText, DELETED, INSERTED, KARI, OLA, withReview } from './reviewFixtures';

const dir = mkdtempSync(join(tmpdir(), 'planverk-review-docx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const clean = buildDocument(fixturePlan(), { part: 'plan', watermark: 'none' });
const reviewed = withReview(clean);
const date = new Date('2025-04-15T08:00:00Z');
let zip: JSZip;
let documentXml: string;
let commentsXml: string;
let reviewPath: string;

const attrs = (tag: string): Record<string, string> => Object.fromEntries([...tag.matchAll(/([\w:]+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));
const unescape = (s: string): string => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
const textOf = (xml: string): string => unescape([...xml.matchAll(/<w:(?:t|delText)[^>]*>([^<]*)<\/w:(?:t|delText)>/g)].map((m) => m[1]).join(''));

beforeAll(async () => {
  const bytes = await renderDocx(reviewed, { date });
  reviewPath = join(dir, 'gjennomgang.docx');
  writeFileSync(reviewPath, bytes);
  zip = await JSZip.loadAsync(bytes);
  documentXml = await zip.file('word/document.xml')!.async('string');
  commentsXml = (await zip.file('word/comments.xml')?.async('string')) ?? '';
});

describe('DOCX review export', () => {
  it('a clean export has no w:ins, w:del, comment ranges or comments part', async () => {
    const bytes = await renderDocx(clean, { date });
    const cleanZip = await JSZip.loadAsync(bytes);
    const xml = await cleanZip.file('word/document.xml')!.async('string');
    for (const tag of ['<w:ins ', '<w:del ', '<w:delText', 'commentRangeStart', 'commentRangeEnd', 'commentReference']) expect(xml, tag).not.toContain(tag);
    expect(Object.keys(cleanZip.files).filter((f) => /comments/i.test(f))).toEqual([]);
    expect(clean.comments).toBeUndefined();
    // The review DOCX holds the same text besides its review content.
    expect(textOf(documentXml)).toContain(textOf(xml).slice(0, 200));
  });

  it('writes suggested insertions and deletions as w:ins and w:del (w:delText) with w:author and w:date', () => {
    const ins = [...documentXml.matchAll(/<w:ins ([^>]*)>(.*?)<\/w:ins>/gs)];
    const del = [...documentXml.matchAll(/<w:del ([^>]*)>(.*?)<\/w:del>/gs)];
    expect(ins.map((m) => textOf(m[2]!))).toEqual([` ${INSERTED}`]);
    expect(del.map((m) => textOf(m[2]!))).toEqual([` ${DELETED}`]);
    expect(del[0]![2]).toContain('<w:delText');
    expect(del[0]![2]).not.toMatch(/<w:t[ >]/);
    expect(attrs(ins[0]![1]!)).toMatchObject({ 'w:author': KARI.author, 'w:date': KARI.date });
    expect(attrs(del[0]![1]!)).toMatchObject({ 'w:author': OLA.author, 'w:date': OLA.date });
    // Revision ids are unique in the document.
    const ids = [...documentXml.matchAll(/<w:(?:ins|del|bookmarkStart) [^>]*w:id="(\d+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('writes comments with author, initials and date in word/comments.xml, anchored to their ranges', () => {
    const comments: Record<string, string | undefined>[] = [...commentsXml.matchAll(/<w:comment ([^>]*)>(.*?)<\/w:comment>/gs)].map((m) => ({ ...attrs(m[1]!), text: textOf(m[2]!) }));
    expect(comments.map((c) => c['w:id'])).toEqual(['1', '2', '3', '4']);
    expect(comments[0]).toMatchObject({ 'w:author': KARI.author, 'w:initials': KARI.initials, text: 'Bør vi tallfeste dette?Se tabell 2.' });
    expect(comments[0]!['w:date']).toMatch(/^2025-03-01T09:30:00/);
    expect(comments[2]!.text).toBe(`Løst: ${HOSTILE}`);
    // An unknown time stays unknown: no w:date is made up for it.
    expect(comments[3]!['w:date']).toBeUndefined();
    // The first comment covers exactly the words the model put between its markers.
    const range = /<w:commentRangeStart w:id="1"\/>(.*?)<w:commentRangeEnd w:id="1"\/>/s.exec(documentXml)?.[1] ?? '';
    expect(textOf(range)).toBe(commentedText(clean));
    for (const id of ['1', '2', '3', '4']) {
      expect(documentXml, id).toMatch(new RegExp(`<w:commentRangeStart w:id="${id}"/>.*<w:commentRangeEnd w:id="${id}"/><w:r><w:commentReference w:id="${id}"/></w:r>`, 's'));
    }
    // The comment in a table cell stays in its cell; the one on the whole document sits on the title.
    expect(documentXml).toMatch(/<w:tc>(?:(?!<\/w:tc>).)*<w:commentRangeStart w:id="3"\/>(?:(?!<\/w:tc>).)*<w:commentReference w:id="3"\/>/s);
    expect(documentXml).toMatch(/<w:pStyle w:val="Title"\/><\/w:pPr><w:commentRangeStart w:id="4"\/>/);
  });

  it('threads a reply under its comment and marks a resolved thread done (commentsExtended.xml)', async () => {
    const ext = (await zip.file('word/commentsExtended.xml')?.async('string')) ?? '';
    const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
    expect(rels).toContain('commentsExtended.xml');
    const paraIdOf = (id: string): string => {
      const body = new RegExp(`<w:comment w:id="${id}"[^>]*>(.*?)</w:comment>`, 's').exec(commentsXml)?.[1] ?? '';
      const ids = [...body.matchAll(/w14:paraId="([0-9A-F]+)"/g)].map((m) => m[1]!);
      return ids[ids.length - 1] ?? '';
    };
    const entries = [...ext.matchAll(/<w15:commentEx ([^>]*)\/>/g)].map((m) => attrs(m[1]!));
    const entry = (id: string) => entries.find((e) => e['w15:paraId'] === paraIdOf(id));
    expect(entry('2')).toMatchObject({ 'w15:paraIdParent': paraIdOf('1') });
    expect(entry('1')?.['w15:paraIdParent']).toBeUndefined();
    expect(entry('3')).toMatchObject({ 'w15:done': '1' });
    expect(entry('1')).toMatchObject({ 'w15:done': '0' });
  });

  it('pandoc --track-changes=all shows the insertion, the deletion and every comment with its author', () => {
    const json = JSON.parse(execFileSync('pandoc', ['--track-changes=all', '-f', 'docx', '-t', 'json', reviewPath], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })) as unknown;
    const spans: { classes: string[]; attrs: Record<string, string>; text: string }[] = [];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(walk);
      if (!node || typeof node !== 'object') return;
      const n = node as { t?: string; c?: unknown };
      if (n.t === 'Span' && Array.isArray(n.c)) {
        const [[, classes, kv], inner] = n.c as [[string, string[], [string, string][]], unknown[]];
        spans.push({ classes, attrs: Object.fromEntries(kv), text: plain(inner) });
      }
      Object.values(n).forEach(walk);
    };
    const plain = (node: unknown): string => {
      if (Array.isArray(node)) return node.map(plain).join('');
      const n = node as { t?: string; c?: unknown };
      if (n?.t === 'Str') return n.c as string;
      if (n?.t === 'Space') return ' ';
      return n && typeof n === 'object' && 'c' in n ? plain(n.c) : '';
    };
    walk(json);
    const of = (cls: string) => spans.filter((s) => s.classes.includes(cls));
    expect(of('insertion').map((s) => [s.text.trim(), s.attrs.author])).toEqual([[INSERTED, KARI.author]]);
    expect(of('deletion').map((s) => [s.text.trim(), s.attrs.author])).toEqual([[DELETED, OLA.author]]);
    const starts = of('comment-start');
    expect(starts.map((s) => s.attrs.author).sort()).toEqual([KARI.author, KARI.author, OLA.author, OLA.author].sort());
    expect(starts.map((s) => s.text)).toEqual(expect.arrayContaining(['Ja, vi legger inn tallene.', 'Hele utkastet må språkvaskes.']));
  });

  it('LibreOffice converts it to ODT with the tracked changes and the annotations and their authors', () => {
    const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'));
    try {
      execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'odt', '--outdir', dir, reviewPath], { stdio: 'pipe', timeout: 120_000 });
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
    const content = execFileSync('unzip', ['-p', join(dir, 'gjennomgang.odt'), 'content.xml'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const regions = [...content.matchAll(/<text:changed-region[^>]*>(.*?)<\/text:changed-region>/gs)].map((m) => m[1]!);
    const creatorOf = (xml: string) => /<dc:creator>([^<]*)<\/dc:creator>/.exec(xml)?.[1];
    expect(regions.filter((r) => r.includes('<text:insertion')).map(creatorOf)).toEqual([KARI.author]);
    const deletion = regions.find((r) => r.includes('<text:deletion'))!;
    expect(creatorOf(deletion)).toBe(OLA.author);
    expect(deletion).toContain(DELETED.trim());
    const notes = [...content.matchAll(/<office:annotation [^>]*>(.*?)<\/office:annotation>/gs)].map((m) => ({ head: m[0].slice(0, 200), body: m[1]! }));
    expect(notes.map((n) => creatorOf(n.body)).sort()).toEqual([KARI.author, KARI.author, OLA.author, OLA.author].sort());
    expect(notes.filter((n) => n.head.includes('loext:resolved="true"')).map((n) => creatorOf(n.body))).toEqual([OLA.author]);
    expect(content).toContain('Hele utkastet må språkvaskes.');
  });

});
