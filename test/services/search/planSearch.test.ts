// Search across a real plan file: æ/ø/å are letters of their own (case-folded), hits carry place and context,
// the index is never written into the file, and replace-all is one undoable change that reaches the chapter's Yjs state.
import { afterEach, describe, expect, it } from 'vitest';
import { emptyPlan } from '../../../shared/domain/emptyPlan';
import { seededIds } from '../../../shared/domain/ids';
import type { PlanData } from '../../../shared/domain/plan';
import { yStateToRichText } from '../../../shared/editor';
import { createPlanFile, type PlanFile } from '../../../electron/services/store';
import { PlanSearch } from '../../../electron/services/search/planSearch';
import { richPlainText } from '../../../electron/services/search/richTextOps';
import { sha256File, tempDir } from '../store/helpers';

const p = (t: string, extra: unknown[] = []) => ({ type: 'paragraph', content: [{ type: 'text', text: t }, ...extra] });

function plan(): PlanData {
  const id = seededIds('s');
  const data = emptyPlan(id);
  const themeId = 'theme-1';
  data.themes.push({ id: themeId, sortKey: 1, name: 'Helhet og samordning' });
  data.chapters.push({
    id: 'ch-1', sortKey: 1, parentId: null, kind: 'chapter', title: 'Utfordringer', numbered: true, status: 'utkast', groupId: null,
    body: { type: 'doc', content: [p('Vi må øke kapasiteten i årene som kommer.', [{ type: 'footnote', attrs: { text: 'Behovet vil Øke etter 2030.' } }])] },
  });
  data.chapters.push({
    id: 'ch-2', sortKey: 2, parentId: null, kind: 'chapter', title: 'Om planen', numbered: true, status: 'utkast', groupId: null,
    body: { type: 'doc', content: [p('Ordningen omfatter ok tjenester og arbeid.')] },
  });
  data.areas.push({ id: 'area-1', sortKey: 1, themeId, parentId: null, name: 'Bolig', problems: { type: 'doc', content: [p('Hvordan sikre nok boliger for eldre?')] }, method: null, actors: null });
  data.measures.push({
    id: 'm-1', sortKey: 1, name: 'ØKE bemanningen i hjemmetjenesten', unit: 'Ansvar 3402', themeId: null, chapterId: null,
    fteHundredths: 260, costOre: 182_000_000, status: 'planlagt', statusDate: null, followUp: '',
  });
  return data;
}

let file: PlanFile | null = null;
let cleanup: (() => void) | null = null;
afterEach(() => {
  file?.close();
  cleanup?.();
  file = null;
  cleanup = null;
});

function open(): { search: PlanSearch; path: string } {
  const dir = tempDir('planverk-search-');
  cleanup = dir.cleanup;
  const path = dir.file('plan.planverk');
  file = createPlanFile(path, plan());
  return { search: new PlanSearch(file), path };
}
const where = (hits: { location: { kind: string; id: string; field: string } }[]) => hits.map((h) => `${h.location.kind}:${h.location.id}:${h.location.field}`).sort();

describe('plan search', () => {
  it('finds ø words whatever their case, in chapter text, footnotes and table cells', () => {
    const { search } = open();
    const expected = ['chapter:ch-1:body', 'measure:m-1:name'];
    expect(where(search.query('øke'))).toEqual(expected);
    expect(where(search.query('ØKE'))).toEqual(expected);
    expect(where(search.query('Øke'))).toEqual(expected);
  });

  it('does not treat ø as o or å as a', () => {
    const { search } = open();
    expect(search.query('oke')).toEqual([]);
    expect(where(search.query('o'))).toEqual(['chapter:ch-2:body', 'chapter:ch-2:title', 'theme:theme-1:name']);
    expect(where(search.query('årene'))).toEqual(['chapter:ch-1:body']);
    expect(search.query('arene')).toEqual([]);
  });

  it('returns the context around the match with the matched word marked, and the label of the place', () => {
    const { search } = open();
    const [hit] = search.query('boliger');
    expect(hit?.location).toEqual({ kind: 'area', id: 'area-1', field: 'problems', block: 0 });
    expect(hit?.label).toBe('Bolig');
    expect(hit?.snippet.find((s) => s.match)?.text).toBe('boliger');
    expect(hit?.snippet.map((s) => s.text).join('')).toContain('Hvordan sikre nok boliger for eldre?');
  });

  it('keeps the index out of the file and follows changes to the plan', () => {
    const { search, path } = open();
    const before = sha256File(path);
    expect(search.query('bemanningen')).toHaveLength(1);
    expect(sha256File(path)).toBe(before);
    file!.mutate([{ table: 'measures', id: 'm-1', column: 'name', value: 'Flere sykepleiere' }]);
    expect(search.query('bemanningen')).toEqual([]);
    expect(where(search.query('sykepleiere'))).toEqual(['measure:m-1:name']);
  });

  it('replaces a word everywhere as one change, into the chapter Yjs state, and undo takes it all back', () => {
    const { search } = open();
    const r = search.replaceAll('øke', 'styrke');
    expect(r.replacements).toBe(3);
    expect(r.chapterIds).toEqual(['ch-1']);
    expect(where(search.query('styrke'))).toEqual(['chapter:ch-1:body', 'measure:m-1:name']);
    expect(search.query('øke')).toEqual([]);
    const body = yStateToRichText(file!.chapterState('ch-1'));
    expect(richPlainText(body)).toContain('Vi må styrke kapasiteten');
    expect(JSON.stringify(body)).toContain('Behovet vil styrke etter 2030.');

    file!.undo();
    expect(where(search.query('øke'))).toEqual(['chapter:ch-1:body', 'measure:m-1:name']);
    expect(richPlainText(yStateToRichText(file!.chapterState('ch-1')))).toContain('Vi må øke kapasiteten');
  });

  it('replaces whole words only when asked, and matches case when asked', () => {
    const { search } = open();
    expect(search.replaceAll('Bolig', 'Hus', { wholeWord: true, matchCase: true }).locations).toEqual([{ kind: 'area', id: 'area-1', field: 'name' }]);
    expect(search.replaceAll('nothing-here', 'x').replacements).toBe(0);
  });
});
