// Spreadsheet imports speak the UI language: every row-error sentence exists in nb, nn and en with the same
// placeholders, a measures sheet and a matrix sheet with known bad rows give errors with no bokmål-only word in
// nynorsk and no Norwegian in English, and the bokmål sentence stays the error's `message`.
import { describe, expect, it } from 'vitest';
import type { UiLanguage } from '../../../shared/i18n';
import { sheetEn, sheetNb, sheetNn, sheetSentence, type SheetText } from '../../../shared/i18n/sheetImportMessages';
import { describeSheetError, describeSheetText, importMatrixRows } from '../../../shared/matrix/sheetImport';
import { parseMeasuresSheet } from '../../../shared/plantables/measuresSheet';
import type { SheetRow } from '../../../shared/plantables/sheetText';
import { buildSamplePlan } from '../../../shared/sample/samplePlan';
import { seededIds } from '../../../shared/domain/ids';
import { BOKMAL_ONLY, NORWEGIAN, wordsIn } from './uiWords';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const sheet = (rows: string[][]): SheetRow[] => rows.map((cells, i) => ({ rowNumber: i + 1, cells }));
/** What a user typed or a sheet must contain is quoted «…»: it is not the UI's language. */
const unquoted = (s: string) => s.replace(/«[^»]*»/g, '');

function measuresTexts(): Array<{ message: string; text: SheetText }> {
  const bad = parseMeasuresSheet(
    sheet([
      ['Tiltak', 'Ansvar', 'Årsverk', 'Kostnad', 'Status', 'Statusdato'],
      ['Bygge skole', 'Skole', '1,5', 'mange kroner', 'Planlagt', ''],
      ['Nytt bibliotek', 'Kultur', '-2', '1.820', 'Ferdig', ''],
      ['Sykkelveg', '', '0,5', '100,125', 'Iverksatt 32.13.2025', '31.02.2025'],
    ]),
  );
  const noHeader = parseMeasuresSheet(sheet([['Navn', 'Beløp'], ['Skole', '12']]));
  const empty = parseMeasuresSheet(sheet([['Tiltak', 'Ansvar']]));
  const out: Array<{ message: string; text: SheetText }> = [];
  for (const r of [bad, noHeader, empty]) {
    if (r.ok) throw new Error('the sheet should be refused');
    out.push({ message: r.message, text: r.text! }, ...r.errors.map((e) => ({ message: e.message, text: e.text! })));
  }
  return out;
}

function matrixTexts(): Array<{ message: string; text: SheetText }> {
  const plan = buildSamplePlan();
  const rows = [
    ['Tema', 'Område', plan.groups[0]!.name, 'Ukjent gruppe'],
    ['', 'Bolig', 'XX', ''],
    ['Helse', '', 'OpH', ''],
    ['Helse', '– Underområde', '', ''],
  ];
  const bad = importMatrixRows(rows, plan, seededIds('t'));
  const short = importMatrixRows([['Tema', 'Område']], plan, seededIds('t'));
  const out: Array<{ message: string; text: SheetText }> = [];
  for (const r of [bad, short]) {
    if (r.ok) throw new Error('the sheet should be refused');
    out.push(...r.errors.map((e) => ({ message: describeSheetError(e), text: describeSheetText(e) })));
  }
  return out;
}

describe('spreadsheet import errors in nb, nn and en', () => {
  it('every import sentence has nb, nn and en with the same placeholders', () => {
    for (const key of Object.keys(sheetNb) as Array<keyof typeof sheetNb>) {
      expect(sheetNn[key], key).toBeTruthy();
      expect(sheetEn[key], key).toBeTruthy();
      expect(placeholders(sheetNn[key]), key).toEqual(placeholders(sheetNb[key]));
      expect(placeholders(sheetEn[key]), key).toEqual(placeholders(sheetNb[key]));
    }
  });

  const cases: Array<[string, () => Array<{ message: string; text: SheetText }>, number]> = [
    ['a measures sheet with a bad number, status, date and a missing header', measuresTexts, 9],
    ['a matrix sheet with an unknown group, a bad code, missing theme and area and a short header', matrixTexts, 5],
  ];
  for (const [name, texts, atLeast] of cases) {
    it(`${name}: the bokmål sentence is the message, nynorsk has no bokmål-only word, English no Norwegian`, () => {
      const all = texts();
      expect(all.length).toBeGreaterThanOrEqual(atLeast);
      const say = (lang: UiLanguage, t: SheetText) => sheetSentence(lang, t);
      for (const { message, text } of all) {
        expect(say('nb', text)).toBe(message);
        const nn = say('nn', text);
        const en = say('en', text);
        expect(wordsIn(nn, BOKMAL_ONLY), nn).toEqual([]);
        expect(wordsIn(unquoted(en), NORWEGIAN), en).toEqual([]);
        expect(unquoted(en), en).not.toMatch(/[æøåÆØÅ]|\bRad\b/);
        expect(en).not.toMatch(/\{\w+\}/);
      }
    });
  }
});
