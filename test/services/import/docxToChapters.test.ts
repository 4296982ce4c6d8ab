// A Word document made with the `docx` package imports as the right chapter tree with its content; other files are refused.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { PlanverkError } from '../../../shared/api/errors';
import { emptyPlan } from '../../../shared/domain/emptyPlan';
import { seededIds } from '../../../shared/domain/ids';
import type { Chapter } from '../../../shared/domain/plan';
import { createPlanFile, type PlanFile } from '../../../electron/services/store';
import { docxToChapters } from '../../../electron/services/import/docxToChapters';
import { importDocxFile } from '../../../electron/services/import/importDocx';
import { buildSampleDocx, PNG_BYTES } from '../../fixtures/docx/buildDocx';
import { sha256File, tempDir } from '../store/helpers';

type J = { type: string; text?: string; attrs?: Record<string, unknown>; marks?: { type: string; attrs?: Record<string, unknown> }[]; content?: J[] };
const all = (n: J, out: J[] = []): J[] => {
  out.push(n);
  for (const c of n.content ?? []) all(c, out);
  return out;
};
const textOf = (n: J): string => all(n).map((x) => x.text ?? '').join('');
const PNG_ID = createHash('sha256').update(PNG_BYTES).digest('hex');

let cleanup: (() => void) | null = null;
let file: PlanFile | null = null;
afterEach(() => {
  file?.close();
  file = null;
  cleanup?.();
  cleanup = null;
});

describe('docxToChapters', () => {
  it('splits at Heading 1 and Heading 2 into chapters and sub-chapters, with text before the first heading in its own chapter', async () => {
    const result = await docxToChapters(await buildSampleDocx(), { ids: seededIds('k'), sortKeyAfter: 5, leadTitle: 'Planutkast' });
    const tree = result.chapters.map((c) => [c.title, c.parentId === null ? null : result.chapters.find((p) => p.id === c.parentId)?.title, c.sortKey]);
    expect(tree).toEqual([
      ['Planutkast', null, 6],
      ['Innledning', null, 7],
      ['Utfordringer', null, 8],
      ['Demografi', 'Utfordringer', 1],
      ['Bolig', 'Utfordringer', 2],
    ]);
  });

  it('keeps bold, italic, lists, links, footnotes, tables with header rows, sub-headings and images with alt text', async () => {
    const result = await docxToChapters(await buildSampleDocx(), { ids: seededIds('k'), sortKeyAfter: 0, leadTitle: 'x' });
    const body = (title: string) => result.chapters.find((c) => c.title === title)!.body as J;

    const intro = all(body('Innledning'));
    expect(intro.find((n) => n.type === 'footnote')?.attrs).toEqual({ text: 'Kilde: SSB, befolkningsframskrivinger 2024.' });
    expect(intro.find((n) => n.text?.includes('kraftig'))?.marks).toEqual([{ type: 'bold' }]);
    expect(intro.find((n) => n.text?.includes('raskt'))?.marks).toEqual([{ type: 'italic' }]);
    expect(intro.filter((n) => n.type === 'bulletList')[0]?.content?.map(textOf)).toEqual(['Første punkt', 'Andre punkt']);
    expect(intro.find((n) => n.type === 'orderedList')?.content?.map(textOf)).toEqual(['Steg én']);
    const link = intro.flatMap((n) => n.marks ?? []).find((m) => m.type === 'link');
    expect(link?.attrs?.href).toBe('https://lovdata.no/dokument/NL/lov/2011-06-24-30');
    // The footnote list at the end of the document is gone: its text lives only in the footnote node.
    expect(result.chapters.map((c) => textOf(c.body as J)).join(' ')).not.toContain('befolkningsframskrivinger');
    expect(result.footnotes).toBe(1);

    const demografi = all(body('Demografi'));
    const table = demografi.find((n) => n.type === 'table')!;
    expect(table.content?.[0]?.content?.map((c) => [c.type, textOf(c)])).toEqual([['tableHeader', 'År'], ['tableHeader', 'Innbyggere over 80']]);
    expect(table.content?.[1]?.content?.map((c) => [c.type, textOf(c)])).toEqual([['tableCell', '2025'], ['tableCell', '1 820']]);
    expect(demografi.find((n) => n.type === 'heading')).toMatchObject({ attrs: { level: 2 }, content: [{ text: 'Eldre med demens' }] });

    const image = all(body('Bolig')).find((n) => n.type === 'image');
    expect(image?.attrs).toMatchObject({ assetId: PNG_ID, src: `cid:${PNG_ID}`, alt: 'Kart over boligområdene i sentrum', decorative: false });
    expect(result.assets).toEqual([
      { id: PNG_ID, mime: 'image/png', name: 'x-bilde-1.png', alt: 'Kart over boligområdene i sentrum', decorative: false, dataBase64: PNG_BYTES.toString('base64') },
    ]);
  });

  it('imports into a real plan file as one undoable change, and the chapters read back with their bodies and image', async () => {
    const dir = tempDir('planverk-import-');
    cleanup = dir.cleanup;
    writeFileSync(dir.file('utkast.docx'), await buildSampleDocx());
    file = createPlanFile(dir.file('plan.planverk'), emptyPlan(seededIds('p')));
    const result = await importDocxFile(file, dir.file('utkast.docx'), seededIds('imp'));
    expect(result).toMatchObject({ chapters: 5, images: 1, footnotes: 1, warnings: [] });

    const plan = file.readPlan();
    const byTitle = (t: string): Chapter => plan.chapters.find((c) => c.title === t)!;
    expect(plan.chapters.map((c) => c.title).sort()).toEqual(['Bolig', 'Demografi', 'Innledning', 'Utfordringer', 'utkast']);
    expect(byTitle('Demografi').parentId).toBe(byTitle('Utfordringer').id);
    expect(all(byTitle('Innledning').body as J).some((n) => n.type === 'footnote')).toBe(true);
    expect(plan.assets.map((a) => [a.id, a.alt, a.dataBase64 === PNG_BYTES.toString('base64')])).toEqual([[PNG_ID, 'Kart over boligområdene i sentrum', true]]);

    file.undo();
    expect(file.readPlan().chapters).toEqual([]);
  });

  it('refuses a text file renamed .docx and a damaged .docx with NOT_DOCX, leaving the plan file untouched', async () => {
    const dir = tempDir('planverk-import-');
    cleanup = dir.cleanup;
    writeFileSync(dir.file('notat.docx'), 'Dette er bare tekst, ikke Word.\n');
    writeFileSync(dir.file('skadet.docx'), (await buildSampleDocx()).subarray(0, 3000));
    file = createPlanFile(dir.file('plan.planverk'), emptyPlan(seededIds('p')));
    const before = sha256File(dir.file('plan.planverk'));
    for (const name of ['notat.docx', 'skadet.docx']) {
      const err = await importDocxFile(file, dir.file(name)).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(PlanverkError);
      expect((err as PlanverkError).code).toBe('NOT_DOCX');
      expect((err as PlanverkError).message).toBe('Filen er ikke et Word-dokument (.docx) eller er skadet; planen er ikke endret.');
    }
    expect(file.readPlan().chapters).toEqual([]);
    expect(sha256File(dir.file('plan.planverk'))).toBe(before);
  });
});
