// `npm run cli -- review <file> [--json]`: every open suggestion of every chapter (chapter, kind, author, date, text),
// read-only (the file is byte-for-byte the same afterwards).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCommentService } from '../../electron/services/comments/commentService';
import { openPlanFile } from '../../electron/services/store';
import { cellId } from '../../shared/domain/plan';
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

  it('--json covers every kind: both suggestion kinds, comments and replies on chapter text, a matrix cell, an area, a hearing input and a table row, each with its place; a resolved thread is left out whole', async () => {
    const path = tmp.file('alle-slag.planverk');
    expect((await cli('new', path, '--sample')).code).toBe(0);
    const file = openPlanFile(path, { author: { id: 'p-per', name: 'Per Berg', initials: 'PB', group: 'Helse' } });
    let names: { chapter: string; area: string; cell: string; input: string; milestone: string };
    try {
      const plan = file.readPlan();
      const chapter = plan.chapters.find((c) => c.kind === 'chapter')!;
      const area = plan.areas[0]!;
      const group = plan.groups[0]!;
      const milestone = plan.milestones[0]!;
      const service = createCommentService(file);
      const onText = service.add({ targetTable: 'chapters', targetId: chapter.id, body: 'Stemmer tallet?', place: { from: 1, to: 9 } }).comment;
      service.reply(onText.id, 'Ja, fra SSB.');
      service.add({ targetTable: 'cells', targetId: cellId(area.id, group.id), body: 'Riktig nivå?' });
      service.add({ targetTable: 'areas', targetId: area.id, body: 'Hele kommunen?' });
      service.add({ targetTable: 'milestones', targetId: milestone.id, body: 'For tidlig?' });
      const hearingInput = plan.inputs?.[0];
      if (hearingInput) service.add({ targetTable: 'inputs', targetId: hearingInput.id, body: 'Svar innen fristen.' });
      const done = service.add({ targetTable: 'areas', targetId: area.id, body: 'Løst allerede' }).comment;
      service.reply(done.id, 'Svar i en løst tråd');
      service.resolve(done.id);
      names = { chapter: chapter.title, area: area.name, cell: area.name, input: hearingInput ? 'Innspill fra ' : '', milestone: milestone.name };
      const doc = yDocFromUpdates([file.chapterState(chapter.id)]);
      const body = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Ny tekst ' }, { type: 'text', text: 'foreslått', marks: [{ type: 'insertion', attrs: { id: 's9', ...kari } }] }, { type: 'text', text: ' og ' }, { type: 'text', text: 'strøket', marks: [{ type: 'deletion', attrs: { id: 's10', ...ola } }] }] }] };
      file.appendChapterUpdate(chapter.id, diffToYUpdate(doc, body)!);
    } finally {
      file.close();
    }
    const before = sha256File(path);
    const { code, out } = await cli('review', path, '--json');
    expect(code).toBe(0);
    type Item = { id: string; kind: string; place: string; targetTable: string; targetId: string; author: string; text: string; quote: string | null };
    const json = JSON.parse(out) as { suggestions: Item[]; comments: Item[] };
    expect(json.suggestions.map((i) => [i.kind, i.text, i.place, i.targetTable])).toEqual([
      ['insertion', 'foreslått', names.chapter, 'chapters'],
      ['deletion', 'strøket', names.chapter, 'chapters'],
    ]);
    const byText = new Map(json.comments.map((c) => [c.text, c]));
    expect(byText.get('Stemmer tallet?')).toMatchObject({ kind: 'comment', place: names.chapter, targetTable: 'chapters', author: 'Per Berg', quote: expect.any(String) });
    expect(byText.get('Ja, fra SSB.')).toMatchObject({ kind: 'reply', place: names.chapter });
    expect(byText.get('Riktig nivå?')).toMatchObject({ targetTable: 'cells', place: expect.stringMatching(new RegExp(`^Celle «${names.cell} × `)) });
    expect(byText.get('Hele kommunen?')).toMatchObject({ targetTable: 'areas', place: `Område «${names.area}»` });
    expect(byText.get('For tidlig?')).toMatchObject({ targetTable: 'milestones', place: `Rad «${names.milestone}»` });
    if (names.input) expect(byText.get('Svar innen fristen.')).toMatchObject({ targetTable: 'inputs', place: expect.stringContaining(names.input) });
    // A resolved thread is not open: neither its comment nor the reply in it.
    expect(byText.has('Løst allerede')).toBe(false);
    expect(byText.has('Svar i en løst tråd')).toBe(false);
    expect(json.comments).toHaveLength(names.input ? 6 : 5);
    expect(sha256File(path)).toBe(before);
    const text = await cli('review', path);
    expect(text.out).toContain(`Område «${names.area}» – kommentar av Per Berg`);
  });
});
