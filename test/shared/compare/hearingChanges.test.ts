// «Endringer etter høring» (issue 16) as a pure list and as the document draws it: chapter by chapter in the plan's
// målform, rows of the tables and the matrix, the inputs linked to a change, and the merknadsbehandling pointing at it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changesOfInput, hearingChanges } from '../../../shared/compare/hearingChanges';
import { buildDocument } from '../../../shared/document/builder';
import { inlineText, type Block, type DocModel, type TableCell } from '../../../shared/document/model';
import type { Chapter, PlanData } from '../../../shared/domain/plan';
import { buildSamplePlan } from '../../../shared/sample/samplePlan';
import { applyEdits, planEdits, samplePlan } from './planVariants';

const clone = (p: PlanData): PlanData => structuredClone(p);
const prose = (p: PlanData): Chapter => p.chapters.find((c) => JSON.stringify(c.body).includes('tjenestene'))!;
const para = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

/** The hearing draft and the plan after the hearing: one word changed, a paragraph added, a chapter renamed, one removed, a new one. */
function afterHearing(malform: 'nb' | 'nn' = 'nb') {
  const hearing = buildSamplePlan();
  hearing.plan.malform = malform;
  const now = clone(hearing);
  const edited = prose(now);
  const body = JSON.parse(JSON.stringify(edited.body).replace('tjenestene', 'tilbudene')) as Chapter['body'];
  edited.body = { ...body, content: [...(body.content ?? []), para('Lagt til etter høringen.')] };
  const renamed = now.chapters.find((c) => c.id !== edited.id && c.parentId === null)!;
  const oldTitle = renamed.title;
  renamed.title = 'Nytt navn etter høring';
  const removed = now.chapters.find((c) => c.parentId !== null && c.id !== edited.id && !now.chapters.some((x) => x.parentId === c.id))!;
  now.chapters = now.chapters.filter((c) => c.id !== removed.id);
  now.chapters.push({ ...edited, id: 'nytt-kapittel', title: 'Helt nytt kapittel', parentId: null, sortKey: 9999, body: { type: 'doc', content: [para('Ny tekst.')] } });
  const measure = now.measures[0]!;
  measure.costOre = 250_000_00;
  const cell = now.cells.find((c) => c.level === 'OpH')!;
  cell.level = 'DpH';
  return { hearing, now, edited, renamed, oldTitle, removed, measure, cell };
}

const cellText = (c: TableCell): string => c.blocks.map((b) => (b.kind === 'paragraph' ? inlineText(b.runs) : '')).join('\n');
const tables = (doc: DocModel): Extract<Block, { kind: 'table' }>[] => doc.blocks.filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table');

/** A plan whose first chapter holds the live block «Endringer etter høring». */
function withLiveBlock(p: PlanData): PlanData {
  const out = clone(p);
  const first = out.chapters.find((c) => c.kind === 'chapter')!;
  first.body = { ...first.body, content: [...(first.body.content ?? []), { type: 'liveBlock', attrs: { kind: 'hearing-changes', groupId: null } }] };
  return out;
}

describe('Endringer etter høring', () => {
  it('lists chapter by chapter what changed since the hearing draft: new, removed, renamed, and changed text before and after', () => {
    const { hearing, now, edited, renamed, oldTitle, removed } = afterHearing();
    const list = hearingChanges(hearing, now, 'Høringsutkast 15.04.2025');
    const chapters = list.sections.find((s) => s.key === 'chapters')!;
    expect(chapters.title).toBe('Kapitler');
    const by = new Map(chapters.changes.map((c) => [c.target.id, c]));
    expect(by.get('nytt-kapittel')).toMatchObject({ kind: 'added', place: 'Helt nytt kapittel', what: ['Nytt kapittel.'], passages: [{ before: '', after: 'Ny tekst.' }] });
    expect(by.get(removed.id)).toMatchObject({ kind: 'removed', place: removed.title, what: ['Kapitlet er tatt ut.'] });
    expect(by.get(renamed.id)!.what).toEqual([`Ny tittel, før: «${oldTitle}».`]);
    const text = by.get(edited.id)!;
    expect(text.what).toEqual(['Teksten er endret.']);
    expect(text.passages).toContainEqual({ before: '', after: 'Lagt til etter høringen.' });
    const word = text.passages.find((p) => p.before.includes('tjenestene'))!;
    expect(word.after).toBe(word.before.replace('tjenestene', 'tilbudene'));
  });

  it('lists matrix cells as «område – gruppe» from → to and table rows field by field with Norwegian numbers', () => {
    const { hearing, now, measure, cell } = afterHearing();
    const list = hearingChanges(hearing, now, 'Høringsutkast');
    const cells = list.sections.find((s) => s.key === 'cells')!;
    const area = now.areas.find((a) => a.id === cell.areaId)!.name;
    expect(cells.changes).toHaveLength(1);
    expect(cells.changes[0]!.place).toMatch(new RegExp(`^${area.replace(/[()]/g, '.')} – `));
    expect(cells.changes[0]!.what).toEqual(['Ansvar endret fra OpH til DpH.']);
    const measures = list.sections.find((s) => s.key === 'measures')!;
    expect(measures.title).toBe('Handlingsplan');
    expect(measures.changes[0]).toMatchObject({ target: { table: 'measures', id: measure.id }, place: measure.name });
    expect(measures.changes[0]!.what[0]).toMatch(/^Kostnad \(kr\): [\d ]+ → 250 000$/);
  });

  it('words the list in nynorsk for a nynorsk plan', () => {
    const { hearing, now, removed } = afterHearing('nn');
    const list = hearingChanges(hearing, now, 'Høyringsutkast 15.04.2025');
    const chapters = list.sections.find((s) => s.key === 'chapters')!;
    expect(chapters.title).toBe('Kapittel');
    expect(chapters.changes.find((c) => c.target.id === removed.id)!.what).toEqual(['Kapittelet er teke ut.']);
    expect(list.sections.find((s) => s.key === 'cells')!.changes[0]!.what).toEqual(['Ansvar endra frå OpH til DpH.']);
    const doc = buildDocument(withLiveBlock(now), { part: 'plan', watermark: 'none', hearingChanges: list });
    const captions = tables(doc).map((t) => t.caption?.text ?? '');
    expect(captions).toContain('Endringar etter høyring: Kapittel');
    expect(JSON.stringify(doc.blocks)).toContain('Endringar samanlikna med Høyringsutkast 15.04.2025.');
  });

  it('leaves out a chapter whose only change is its status (work in progress, not a change of the plan)', () => {
    const hearing = buildSamplePlan();
    const now = clone(hearing);
    now.chapters[0]!.status = now.chapters[0]!.status === 'ferdig' ? 'utkast' : 'ferdig';
    expect(hearingChanges(hearing, now, 'H').total).toBe(0);
  });

  it('is empty for a plan compared with itself, whatever the edits (property)', () => {
    fc.assert(
      fc.property(planEdits, (edits) => {
        const v = applyEdits(samplePlan(), edits, 'a');
        expect(hearingChanges(v, v, 'H')).toEqual({ label: 'H', sections: [], total: 0 });
      }),
      { numRuns: 40 },
    );
  });

  it('names the inputs linked to a change beside it, and the merknadsbehandling’s «Kommunens vurdering» points at the change', () => {
    const { hearing, now, edited, measure } = afterHearing();
    const input = now.inputs[0]!;
    now.inputChanges = [
      { id: 'l1', inputId: input.id, targetTable: 'chapters', targetId: edited.id },
      { id: 'l2', inputId: input.id, targetTable: 'measures', targetId: measure.id },
      { id: 'l3', inputId: input.id, targetTable: 'chapters', targetId: edited.id },
    ];
    const list = hearingChanges(hearing, now, 'Høringsutkast 15.04.2025');
    const change = list.sections.find((s) => s.key === 'chapters')!.changes.find((c) => c.target.id === edited.id)!;
    expect(change.inputs).toEqual([{ id: input.id, sender: input.sender, receivedDate: input.receivedDate }]);
    expect(changesOfInput(input.id, now, list)).toEqual([`Kapitler: ${edited.title}`, `Handlingsplan: ${measure.name}`]);

    const doc = buildDocument(withLiveBlock(now), { part: 'plan', watermark: 'none', hearingChanges: list });
    const chapterTable = tables(doc).find((t) => t.caption?.text === 'Endringer etter høring: Kapitler')!;
    expect(chapterTable.headerRows[0]!.map(cellText)).toEqual(['Hvor', 'Hva er endret', 'Innspill']);
    const row = chapterTable.bodyRows.find((r) => cellText(r.cells[0]!) === edited.title)!;
    expect(cellText(row.cells[1]!)).toContain('Nå: «Lagt til etter høringen.»');
    expect(cellText(row.cells[2]!)).toContain(input.sender);

    const merknad = buildDocument(now, { part: 'merknadsbehandling', watermark: 'none', hearingChanges: list });
    const assessment = tables(merknad)[0]!.bodyRows.map((r) => cellText(r.cells[2]!)).find((t) => t.includes('Endringer etter innspillet'))!;
    expect(assessment).toContain(`Endringer etter innspillet: Kapitler: ${edited.title}; Handlingsplan: ${measure.name}`);
  });

  it('says in one sentence that there is no hearing draft yet when the plan has none', () => {
    const doc = buildDocument(withLiveBlock(buildSamplePlan()), { part: 'plan', watermark: 'none' });
    expect(JSON.stringify(doc.blocks)).toContain('Planen har ikke noe høringsutkast å sammenligne med ennå.');
  });
});
