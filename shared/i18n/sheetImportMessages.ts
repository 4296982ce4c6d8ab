// The row errors of spreadsheet imports (measures: shared/plantables/measuresSheet.ts; matrix:
// shared/matrix/sheetImport.ts) in nb/nn/en, built like the export check's findings: an error carries a SheetText
// (key + params), its bokmål `message` is formatted from sheetNb so the CLI and services keep today's sentence, and the
// renderer says it in the UI language. A param may itself be a SheetText (the problem inside «Rad 7: …»).
import { fillPlaceholders, type UiLanguage } from './index';

export const sheetNb = {
  'row': 'Rad {row}: {problem}',
  'rowColumn': 'Rad {row}, kolonne {column}: {problem}',
  'measures.noHeader': 'Fant ikke en overskriftsrad med «Tiltak» og «Ansvar». Forventede kolonner: Tiltak, Ansvar, Årsverk, Kostnad, Status, Oppfølging.',
  'measures.nameMissing': 'Tiltak mangler.',
  'measures.unitMissing': 'Ansvar (enhet) mangler.',
  'measures.fte': 'Årsverk: {problem}',
  'measures.cost': 'Kostnad: {problem}',
  'measures.unknownStatus': 'Status «{text}» er ukjent. Bruk Planlagt, Vedtatt, Iverksatt eller Avsluttet.',
  'measures.badStatusDate': 'Datoen i status «{text}» er ugyldig. Skriv den som 01.02.2025.',
  'measures.badDate': 'Datoen «{text}» er ugyldig. Skriv den som 01.02.2025.',
  'measures.badField': '{field}: {problem}',
  'measures.noneImportedOne': 'Ingen tiltak ble importert: én rad har feil (rad {rows}).',
  'measures.noneImportedMany': 'Ingen tiltak ble importert: {count} rader har feil (rad {rows}).',
  'measures.empty': 'Regnearket har ingen tiltak under overskriftsraden.',
  'what.amount': 'Beløp',
  'what.fte': 'Årsverk',
  'whatLower.amount': 'beløp',
  'whatLower.fte': 'årsverk',
  'number.missing': '{what} mangler.',
  'number.invalid': '«{raw}» er ikke et gyldig tall for {whatLower}.',
  'number.ambiguous': '«{raw}» er tvetydig: bruk komma som desimaltegn og mellomrom mellom tusener.',
  'number.decimals': '«{raw}» har flere enn to desimaler.',
  'number.tooLarge': '«{raw}» er for stort.',
  'number.negative': '{what} kan ikke være negativ.',
  'matrix.noGroupInHeader': 'kolonnen har ingen gruppe i overskriften.',
  'matrix.unknownGroup': 'ukjent gruppe «{name}».',
  'matrix.groupTwice': 'gruppen «{name}» har to kolonner.',
  'matrix.headerTooShort': 'første rad må ha kolonnene tema, område og minst én gruppe.',
  'matrix.themeMissing': 'tema mangler.',
  'matrix.areaMissing': 'område mangler.',
  'matrix.unknownCode': 'ukjent kode «{code}» (gyldige: {codes}).',
  'matrix.codeWithoutGroup': 'koden står i en kolonne uten gruppe.',
  'matrix.subareaWithoutArea': 'et underområde (med tankestrek) må stå under et område i samme tema.',
  'matrix.noAreas': 'regnearket har ingen områder.',
} as const;

export type SheetKey = keyof typeof sheetNb;
/** Every key in every language: a missing translation fails typecheck. */
type SheetSentences = { readonly [K in SheetKey]: string };

export const sheetNn: SheetSentences = {
  'row': 'Rad {row}: {problem}',
  'rowColumn': 'Rad {row}, kolonne {column}: {problem}',
  'measures.noHeader': 'Fann inga overskriftsrad med «Tiltak» og «Ansvar». Venta kolonnar: Tiltak, Ansvar, Årsverk, Kostnad, Status, Oppfølging.',
  'measures.nameMissing': 'Tiltak manglar.',
  'measures.unitMissing': 'Ansvar (eining) manglar.',
  'measures.fte': 'Årsverk: {problem}',
  'measures.cost': 'Kostnad: {problem}',
  'measures.unknownStatus': 'Status «{text}» er ukjend. Bruk Planlagd, Vedteke, Sett i verk eller Avslutta.',
  'measures.badStatusDate': 'Datoen i status «{text}» er ugyldig. Skriv han som 01.02.2025.',
  'measures.badDate': 'Datoen «{text}» er ugyldig. Skriv han som 01.02.2025.',
  'measures.badField': '{field}: {problem}',
  'measures.noneImportedOne': 'Ingen tiltak vart importerte: éi rad har feil (rad {rows}).',
  'measures.noneImportedMany': 'Ingen tiltak vart importerte: {count} rader har feil (rad {rows}).',
  'measures.empty': 'Reknearket har ingen tiltak under overskriftsrada.',
  'what.amount': 'Beløp',
  'what.fte': 'Årsverk',
  'whatLower.amount': 'beløp',
  'whatLower.fte': 'årsverk',
  'number.missing': '{what} manglar.',
  'number.invalid': '«{raw}» er ikkje eit gyldig tal for {whatLower}.',
  'number.ambiguous': '«{raw}» er tvitydig: bruk komma som desimalteikn og mellomrom mellom tusen.',
  'number.decimals': '«{raw}» har fleire enn to desimalar.',
  'number.tooLarge': '«{raw}» er for stort.',
  'number.negative': '{what} kan ikkje vere negativt.',
  'matrix.noGroupInHeader': 'kolonnen har inga gruppe i overskrifta.',
  'matrix.unknownGroup': 'ukjend gruppe «{name}».',
  'matrix.groupTwice': 'gruppa «{name}» har to kolonnar.',
  'matrix.headerTooShort': 'første rad må ha kolonnane tema, område og minst éi gruppe.',
  'matrix.themeMissing': 'tema manglar.',
  'matrix.areaMissing': 'område manglar.',
  'matrix.unknownCode': 'ukjend kode «{code}» (gyldige: {codes}).',
  'matrix.codeWithoutGroup': 'koden står i ein kolonne utan gruppe.',
  'matrix.subareaWithoutArea': 'eit underområde (med tankestrek) må stå under eit område i same tema.',
  'matrix.noAreas': 'reknearket har ingen område.',
};

export const sheetEn: SheetSentences = {
  'row': 'Row {row}: {problem}',
  'rowColumn': 'Row {row}, column {column}: {problem}',
  'measures.noHeader': 'Found no header row naming «Tiltak» and «Ansvar». Expected columns: «Tiltak», «Ansvar», «Årsverk», «Kostnad», «Status», «Oppfølging».',
  'measures.nameMissing': 'The measure is missing.',
  'measures.unitMissing': 'The responsible unit is missing.',
  'measures.fte': 'Person-years: {problem}',
  'measures.cost': 'Cost: {problem}',
  'measures.unknownStatus': 'The status «{text}» is unknown. Use «Planlagt», «Vedtatt», «Iverksatt» or «Avsluttet».',
  'measures.badStatusDate': 'The date in the status «{text}» is invalid. Write it as 01.02.2025.',
  'measures.badDate': 'The date «{text}» is invalid. Write it as 01.02.2025.',
  'measures.badField': '{field}: {problem}',
  'measures.noneImportedOne': 'No measures were imported: one row has errors (row {rows}).',
  'measures.noneImportedMany': 'No measures were imported: {count} rows have errors (rows {rows}).',
  'measures.empty': 'The spreadsheet has no measures under the header row.',
  'what.amount': 'The amount',
  'what.fte': 'Person-years',
  'whatLower.amount': 'an amount',
  'whatLower.fte': 'person-years',
  'number.missing': '{what} is missing.',
  'number.invalid': '«{raw}» is not a valid number for {whatLower}.',
  'number.ambiguous': '«{raw}» is ambiguous: use a comma as decimal separator and spaces between thousands.',
  'number.decimals': '«{raw}» has more than two decimals.',
  'number.tooLarge': '«{raw}» is too large.',
  'number.negative': '{what} cannot be negative.',
  'matrix.noGroupInHeader': 'the column names no group in the header.',
  'matrix.unknownGroup': 'unknown group «{name}».',
  'matrix.groupTwice': 'the group «{name}» has two columns.',
  'matrix.headerTooShort': 'the first row must have the columns theme, area and at least one group.',
  'matrix.themeMissing': 'the theme is missing.',
  'matrix.areaMissing': 'the area is missing.',
  'matrix.unknownCode': 'unknown code «{code}» (valid: {codes}).',
  'matrix.codeWithoutGroup': 'the code is in a column without a group.',
  'matrix.subareaWithoutArea': 'a sub-area (with a dash) must be under an area in the same theme.',
  'matrix.noAreas': 'the spreadsheet has no areas.',
};

const SHEET: Record<UiLanguage, SheetSentences> = { nb: sheetNb, nn: sheetNn, en: sheetEn };

export type SheetParam = string | number | { key: SheetKey } | SheetText;
export type SheetText = { key: SheetKey; params?: Readonly<Record<string, SheetParam>> };

/** The import error's sentence in a UI language. */
export function sheetSentence(lang: UiLanguage, text: SheetText): string {
  return fillPlaceholders(SHEET[lang][text.key], text.params ?? {}, (value) => (typeof value === 'object' ? sheetSentence(lang, value) : String(value)));
}

/** The bokmål sentence the CLI prints and `message` keeps. */
export const sheetTextNb = (text: SheetText): string => sheetSentence('nb', text);
