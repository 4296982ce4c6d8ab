// `npm run cli -- import-docx` of Word files with tracked changes and comments, as a user runs it: our own
// `export --review` read back (the round trip), and a file with a DTD refused with one sentence, the plan untouched.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPlanFile } from '../../electron/services/store';
import { heading, ins, moved, run, wordDocx } from '../fixtures/docx/reviewDocx';
import { importedComments, importedSuggestions } from '../services/import/reviewImportHelpers';
import { sha256File, tempDir } from '../services/store/helpers';
import { runCliText } from './capture';
import { KARI, makeReviewPlan, OLA, REVIEW_THREAD } from './reviewPlanFixture';

const tmp = tempDir('planverk-import-review-');
afterAll(() => tmp.cleanup());
const source = tmp.file('kilde.planverk');
const exported = tmp.file('til-gjennomgang.docx');

beforeAll(async () => {
  await makeReviewPlan(source);
  const r = await runCliText('export', source, '--format', 'docx', '--review', '--out', exported);
  expect(r.code, r.err).toBe(0);
}, 180_000);

/** A new plan `<name>.planverk` with a Word file imported into it: Per Olsen's move (named `moveName`) of «Setningen.». */
async function planWithWordMove(name: string, moveName: string): Promise<string> {
  const plan = tmp.file(`${name}.planverk`);
  expect((await runCliText('new', plan)).code).toBe(0);
  const docx = tmp.file(`${name}.docx`);
  const per = ['Per Olsen', '2026-01-12T13:00:00Z'] as const;
  const body = heading('Flytting') + `<w:p>${moved('moveFrom', moveName, 10, ...per, run('Setningen.'))}${run(' Blir.')}</w:p><w:p>${run('Hit: ')}${moved('moveTo', moveName, 12, ...per, run('Setningen.'))}</w:p>`;
  writeFileSync(docx, wordDocx({ body }));
  expect((await runCliText('import-docx', docx, '--into', plan)).code).toBe(0);
  return plan;
}

describe('cli import-docx with tracked changes and comments', () => {
  it('our own export with --review imported again brings back every suggestion and comment with its author and date', async () => {
    const target = tmp.file('mottak.planverk');
    expect((await runCliText('new', target)).code).toBe(0);
    const r = await runCliText('import-docx', exported, '--into', target);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/^Importerte \d+ kapitler, \d+ bilder og \d+ fotnoter fra .+til-gjennomgang\.docx\nSporede endringer som forslag: 2; kommentarer: 2$/);

    const file = openPlanFile(target);
    try {
      expect(importedSuggestions(file).map((s) => [s.kind, s.text, s.authorName, s.authorInitials, s.date])).toEqual([
        ['insertion', 'ikke ', KARI.authorName, KARI.authorInitials, KARI.date],
        ['deletion', 'sterk ', OLA.authorName, OLA.authorInitials, OLA.date],
      ]);
      const comments = importedComments(file);
      expect(comments.map((c) => [c.authorName, c.authorInitials, c.body, c.onText, c.reply, c.resolved])).toEqual([
        [KARI.authorName, KARI.authorInitials, REVIEW_THREAD.question, REVIEW_THREAD.quote, false, true],
        [OLA.authorName, OLA.authorInitials, REVIEW_THREAD.answer, null, true, false],
      ]);
      expect(comments[1]!.parentBody).toBe(REVIEW_THREAD.question);
    } finally {
      file.close();
    }
  });

  it('a Word file with a DTD is refused with one sentence and the plan file stays byte for byte the same', async () => {
    const target = tmp.file('urort.planverk');
    expect((await runCliText('new', target)).code).toBe(0);
    const bad = tmp.file('entiteter.docx');
    const body = heading('X') + `<w:p>${ins(1, 'Kari', '2026-01-01T00:00:00Z', run('&b;'))}</w:p>`;
    writeFileSync(bad, wordDocx({ body, alter: (n, x) => (n === 'word/document.xml' ? x.replace('?>', '?><!DOCTYPE d [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]>') : x) }));
    const before = sha256File(target);
    const r = await runCliText('import-docx', bad, '--into', target);
    expect(r.code).not.toBe(0);
    expect(r.err).toContain('Word-dokumentet «entiteter.docx» kan ikke importeres fordi det inneholder XML med egne entiteter (DTD), som Word aldri skriver; planen er ikke endret.');
    expect(sha256File(target)).toBe(before);
  });

  it('a Word move imported is listed by `review` as one move: «flyttet herfra» and «flyttet hit» under the same id', async () => {
    const target = await planWithWordMove('flytting', 'move1');
    const text = await runCliText('review', target);
    expect(text.out.split('\n').filter((l) => l.includes('forslag'))).toEqual([
      '1 åpne forslag, 0 åpne kommentarer.',
      '«Flytting» – forslag: flyttet herfra av Per Olsen (12.01.2026): «Setningen.»',
      '«Flytting» – forslag: flyttet hit av Per Olsen (12.01.2026): «Setningen.»',
    ]);
    const json = JSON.parse((await runCliText('review', target, '--json')).out) as { suggestions: { id: string; kind: string; move?: boolean }[] };
    const moves = json.suggestions.filter((i) => i.move);
    expect(moves.map((i) => i.kind)).toEqual(['deletion', 'insertion']);
    expect(moves[0]!.id).toBe(moves[1]!.id);
  });

  it('a Word move exported «med kommentarer og forslag» is a Word move again (named moveFrom/moveTo containers): pandoc reads both sides, and importing the export gives one move', async () => {
    const plan = await planWithWordMove('flytting-ut', 'move7');
    const out = tmp.file('flytting-eksport.docx');
    const exported = await runCliText('export', plan, '--format', 'docx', '--review', '--out', out);
    expect(exported.code, exported.err).toBe(0);

    const xml = execFileSync('unzip', ['-p', out, 'word/document.xml'], { encoding: 'utf8' });
    const sides = [...xml.matchAll(/<w:(moveFrom|moveTo)RangeStart [^>]*w:name="([^"]+)"/g)].map((m) => [m[1], m[2]]);
    expect(sides).toEqual([
      ['moveFrom', 'move1'],
      ['moveTo', 'move1'],
    ]);
    expect(xml).toMatch(/<w:moveFrom [^>]*w:author="Per Olsen"[^>]*>.*?Setningen\..*?<\/w:moveFrom><w:moveFromRangeEnd /);
    expect(xml).not.toMatch(/<w:(ins|del) /);
    const markdown = execFileSync('pandoc', ['--track-changes=all', '-f', 'docx', '-t', 'markdown', out], { encoding: 'utf8' });
    expect(markdown).toMatch(/\[Setningen\.\]\{\.deletion author="Per Olsen"/);
    expect(markdown).toMatch(/\[Setningen\.\]\{\.insertion author="Per Olsen"/);

    const again = tmp.file('flytting-igjen.planverk');
    expect((await runCliText('new', again)).code).toBe(0);
    expect((await runCliText('import-docx', out, '--into', again)).code).toBe(0);
    const file = openPlanFile(again);
    try {
      const moves = importedSuggestions(file).filter((s) => s.text === 'Setningen.');
      expect(moves.map((s) => [s.kind, s.authorName])).toEqual([
        ['deletion', 'Per Olsen'],
        ['insertion', 'Per Olsen'],
      ]);
      expect(moves[0]!.id).toBe(moves[1]!.id);
    } finally {
      file.close();
    }
  });

  it('a paragraph split and a join tracked in Word are listed by `review` as paragraph breaks, exported «med kommentarer og forslag» as tracked paragraph marks (pandoc reads them with their authors), and imported again as the same suggestions', async () => {
    const plan = tmp.file('avsnittsskift.planverk');
    expect((await runCliText('new', plan)).code).toBe(0);
    const docx = tmp.file('avsnittsskift.docx');
    const mark = (kind: 'ins' | 'del', id: number, who: string, when: string, text: string) => `<w:p><w:pPr><w:rPr><w:${kind} w:id="${id}" w:author="${who}" w:date="${when}"/></w:rPr></w:pPr>${run(text)}</w:p>`;
    const body = heading('Avsnittsskift') + mark('ins', 1, 'Kari Nordmann', '2026-01-10T09:00:00Z', 'Første del.') + `<w:p>${run('Andre del.')}</w:p>` + mark('del', 2, 'Ola Hansen', '2026-01-11T10:15:00Z', 'Skal slås') + `<w:p>${run('sammen.')}</w:p>`;
    writeFileSync(docx, wordDocx({ body }));
    expect((await runCliText('import-docx', docx, '--into', plan)).code).toBe(0);
    const listed = await runCliText('review', plan);
    expect(listed.out.split('\n').filter((l) => l.includes('forslag'))).toEqual([
      '2 åpne forslag, 0 åpne kommentarer.',
      '«Avsnittsskift» – forslag: sett inn avsnittsskift av Kari Nordmann (10.01.2026): «¶»',
      '«Avsnittsskift» – forslag: fjern avsnittsskift av Ola Hansen (11.01.2026): «¶»',
    ]);
    const json = JSON.parse((await runCliText('review', plan, '--json')).out) as { suggestions: { kind: string; paragraphBreak?: boolean }[] };
    expect(json.suggestions.map((i) => [i.kind, i.paragraphBreak])).toEqual([
      ['insertion', true],
      ['deletion', true],
    ]);

    const out = tmp.file('avsnittsskift-eksport.docx');
    const exported = await runCliText('export', plan, '--format', 'docx', '--review', '--out', out);
    expect(exported.code, exported.err).toBe(0);
    const xml = execFileSync('unzip', ['-p', out, 'word/document.xml'], { encoding: 'utf8' });
    expect(xml).toMatch(/<w:pPr>(?:(?!<\/w:pPr>).)*<w:rPr><w:ins [^>]*w:author="Kari Nordmann"[^>]*\/><\/w:rPr><\/w:pPr>(?:(?!<\/w:p>).)*Første del\./s);
    expect(xml).toMatch(/<w:pPr>(?:(?!<\/w:pPr>).)*<w:rPr><w:del [^>]*w:author="Ola Hansen"[^>]*\/><\/w:rPr><\/w:pPr>(?:(?!<\/w:p>).)*Skal slås/s);
    const pandoc = JSON.stringify(JSON.parse(execFileSync('pandoc', ['--track-changes=all', '-f', 'docx', '-t', 'json', out], { encoding: 'utf8' })));
    expect(pandoc).toMatch(/"paragraph-insertion"\],\[\["author","Kari Nordmann"\]/);
    expect(pandoc).toMatch(/"paragraph-deletion"\],\[\["author","Ola Hansen"\]/);
    // A clean export is the text as if the suggestions were rejected: the split paragraph is one again.
    const cleanOut = tmp.file('avsnittsskift-ren.docx');
    expect((await runCliText('export', plan, '--format', 'docx', '--out', cleanOut)).code).toBe(0);
    const clean = execFileSync('pandoc', ['-f', 'docx', '-t', 'plain', cleanOut], { encoding: 'utf8' });
    expect(clean).toContain('Første del.Andre del.');
    expect(clean).toMatch(/Skal slås\s+sammen\./);

    const again = tmp.file('avsnittsskift-igjen.planverk');
    expect((await runCliText('new', again)).code).toBe(0);
    expect((await runCliText('import-docx', out, '--into', again)).code).toBe(0);
    const file = openPlanFile(again);
    try {
      expect(importedSuggestions(file).filter((s) => s.text === '¶').map((s) => [s.kind, s.authorName])).toEqual([
        ['insertion', 'Kari Nordmann'],
        ['deletion', 'Ola Hansen'],
      ]);
    } finally {
      file.close();
    }
  });
});
