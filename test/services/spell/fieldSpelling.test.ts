// The spell-check of the plan's texts outside the chapters (issue 17): the matrix's rich-text fields and the tables'
// text columns are checked in the plan's målform with the plan's word list, `cli spell` lists them (text and --json),
// `cli check` counts them and the export check warns about them with their place in the app. Real dictionaries, a
// real plan file, the CLI as a user runs it and the real export handler.
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { createExportHandlers } from '../../../electron/services/export/handlers';
import { createPlanFile } from '../../../electron/services/store';
import { forgetSpelledChapters } from '../../../electron/services/spell/planSpelling';
import type { PlanData } from '../../../shared/domain/plan';
import { planWordId } from '../../../shared/domain/planWord';
import { findingsEn, findingsNb, findingsNn, type FindingKey } from '../../../shared/i18n/findingMessages';
import { BLANK_ROWS } from '../../../shared/plantables/edits';
import { MATRIX_TEXT_FIELDS, SPELLED_TABLE_COLUMNS } from '../../../shared/spell/fieldSpell';
import { runCliCaptured } from '../../cli/capture';
import { smallPlan, tempDir } from '../store/helpers';

const tmp = tempDir('planverk-fieldspell-');
afterAll(() => tmp.cleanup());
beforeEach(() => forgetSpelledChapters());
let n = 0;

const doc = (...paragraphs: string[]) => ({ type: 'doc' as const, content: paragraphs.map((p) => ({ type: 'paragraph', content: [{ type: 'text', text: p }] })) });

/** A bokmål plan: a misspelling in an area's Problemstillinger, a nynorsk form in its Sentrale aktører, one in a measure's Oppfølging and in a milestone's name. */
function plan(): PlanData {
  const p = smallPlan();
  const area = p.areas[0]!;
  area.problems = doc('Det mangler boliger for unge.', 'Kommuen må ta grep.');
  area.actors = doc('Kommunen og ikkje minst utbyggerne.');
  p.measures.push({ ...BLANK_ROWS.measures('tiltak-1', 1), name: 'Ny sykkelvei', unit: 'Teknisk', followUp: 'Følges opp av planavdelningen i 2026.' });
  p.milestones.push({ ...BLANK_ROWS.milestones('milepel-1', 1), name: 'Vedtak i kommunestyret' }, { ...BLANK_ROWS.milestones('milepel-2', 2), name: 'Oppstart av arbeidet med planforslaget' });
  p.laws.push({ ...BLANK_ROWS.laws('lov-1', 1), name: 'Plan- og bygningsloven', purpose: 'Sikre ein god planlegging.' });
  return p;
}

function file(p: PlanData): string {
  const path = tmp.file(`plan-${++n}.planverk`);
  createPlanFile(path, p).close();
  return path;
}

describe('spell-check of the matrix’s and the tables’ texts', () => {
  it('cli spell lists each field with findings: the matrix’s rich-text fields and the tables’ text columns, with suggestions', async () => {
    const { code, out } = await runCliCaptured('spell', file(plan()));
    expect(code).toBe(0);
    expect(out[0]).toBe('Stavekontroll (bokmål): 2 mulige skrivefeil, 2 målformfeil.');
    expect(out.slice(1)).toEqual([
      'Problemstillinger i «Bolig»:',
      expect.stringMatching(/^ {2}«Kommuen» \(skrivefeil\) → .*Kommunen/),
      'Sentrale aktører i «Bolig»:',
      '  «ikkje» (ikke bokmål) → ikke',
      'Oppfølging i «Ny sykkelvei»:',
      expect.stringMatching(/^ {2}«planavdelningen» \(skrivefeil\) → .*planavdelingen/),
      'Formål i «Plan- og bygningsloven»:',
      '  «ein» (ikke bokmål) → en',
    ]);
  });

  it('cli spell --json gives each field’s place (area or table row and column) for scripts', async () => {
    const p = plan();
    const { out } = await runCliCaptured('spell', file(p), '--json');
    const json = JSON.parse(out.join('\n'));
    expect(json.counts).toEqual({ spelling: 2, malform: 2 });
    expect(json.fields.map((f: { kind: string; field: string; name: string; findings: { word: string }[] }) => [f.kind, f.field, f.name, f.findings.map((x) => x.word)])).toEqual([
      ['area', 'problems', 'Bolig', ['Kommuen']],
      ['area', 'actors', 'Bolig', ['ikkje']],
      ['table', 'followUp', 'Ny sykkelvei', ['planavdelningen']],
      ['table', 'purpose', 'Plan- og bygningsloven', ['ein']],
    ]);
    expect(json.fields[0]).toMatchObject({ areaId: p.areas[0]!.id, themeId: p.themes[0]!.id });
    expect(json.fields[2]).toMatchObject({ table: 'measures', rowId: 'tiltak-1' });
    expect(json.fields[0].findings[0].context).toBe('Kommuen må ta grep.');
  });

  it('a word on the plan’s word list is not reported in a field either', async () => {
    const p = plan();
    p.planWords.push({ id: planWordId('planavdelningen'), word: 'planavdelningen' });
    const { out } = await runCliCaptured('spell', file(p));
    expect(out[0]).toBe('Stavekontroll (bokmål): 1 mulige skrivefeil, 2 målformfeil.');
    expect(out.join('\n')).not.toContain('planavdelningen');
  });

  it('a nynorsk plan checks its fields in nynorsk: the bokmål forms are the slips', async () => {
    const p = plan();
    p.plan.malform = 'nn';
    const { out } = await runCliCaptured('spell', file(p), '--json');
    const words = JSON.parse(out.join('\n')).fields.flatMap((f: { findings: { word: string; kind: string }[] }) => f.findings.map((x) => `${x.kind}:${x.word}`));
    expect(words).toContain('malform:boliger');
    expect(words).not.toContain('malform:ikkje');
    expect(words).not.toContain('malform:ein');
  });

  it('cli check counts them with the chapters’ and lists them as warnings with their place', async () => {
    const { out } = await runCliCaptured('check', file(plan()));
    expect(out).toContain('Stavekontroll: 2 mulige skrivefeil, 2 målformfeil (se «spell»).');
    expect(out).toContain('  Advarsel: Sentrale aktører i «Bolig» har 1 ord som ikke er bokmål: «ikkje» → «ikke». [Ansvarsmatrise › «Bolig»]');
    expect(out.some((l) => l.startsWith('  Advarsel: Oppfølging i «Ny sykkelvei» har 1 mulige skrivefeil: «planavdelningen»') && l.endsWith('[Tabeller › «Ny sykkelvei»]'))).toBe(true);
  });

  it('the export check warns with the field’s target (matrix area, table row and column), and a second check spells nothing again', async () => {
    const p = plan();
    const handlers = createExportHandlers({ currentPlan: () => p });
    const findings = (await handlers['export.check']({})).filter((f) => f.code.startsWith('spell.'));
    expect(findings.map((f) => [f.code, f.target])).toEqual([
      ['spell.misspelled', { page: 'matrix', themeId: p.themes[0]!.id, areaId: p.areas[0]!.id, groupId: null }],
      ['spell.malform', { page: 'matrix', themeId: p.themes[0]!.id, areaId: p.areas[0]!.id, groupId: null }],
      ['spell.misspelled', { page: 'tables', table: 'measures', rowId: 'tiltak-1', column: 'followUp' }],
      ['spell.malform', { page: 'tables', table: 'laws', rowId: 'lov-1', column: 'purpose' }],
    ]);
    expect(findings.every((f) => f.severity === 'warning' && !f.accessibility)).toBe(true);
    const again = (await handlers['export.check']({})).filter((f) => f.code.startsWith('spell.'));
    expect(again.map((f) => f.message)).toEqual(findings.map((f) => f.message));
  });

  it('every spelled field has its name in nb, nn and en', () => {
    const keys = [
      ...MATRIX_TEXT_FIELDS.map((f) => `matrix.field.${f}`),
      ...Object.entries(SPELLED_TABLE_COLUMNS).flatMap(([table, columns]) => columns.map((c) => `field.${table}.${c}`)),
    ] as FindingKey[];
    for (const sentences of [findingsNb, findingsNn, findingsEn]) for (const key of keys) expect(sentences[key], key).toBeTruthy();
  });
});
