// The Word import's warnings (what a .docx held that Planverk brings in otherwise, or not at all) in nb/nn/en, built
// like the export check's findings: a warning carries a WordImportText (key + params) and its bokmål `message` for the
// CLI; the renderer says it in the UI language. Titles and names in params are the document's own text.
import { fillPlaceholders, type UiLanguage } from './index';

export const wordImportNb = {
  'mammoth': '{message}',
  'imagesDropped': '{count} bilde(r) i et format Planverk ikke kan vise (for eksempel EMF/WMF) ble utelatt.',
  'titlesChanged': 'Sporede endringer i {count} overskrift(er) er godtatt, fordi et kapittelnavn ikke kan ha forslag: {titles}.',
  'titlesDeleted': '{count} overskrift(er) er slettet som sporet endring i Word; kapitlene er beholdt med navnet, så du kan slette dem selv: {titles}.',
  'changedImages': '{count} bilde(r) i sporede endringer er tatt med uten forslag, fordi et bilde ikke kan være et forslag i Planverk: et slettet bilde står fortsatt i teksten.',
  'changedNotes': '{count} fotnote(r) i sporede endringer er tatt med uten forslag, fordi en fotnote ikke kan være et forslag i Planverk: en slettet fotnote står fortsatt i teksten.',
  'noteComments': '{count} kommentar(er) i fotnoter er lagt på avsnittet der fotnoten står, fordi en fotnote i Planverk ikke kan ha kommentarer.',
  'noteChangesAccepted': 'Sporede endringer i fotnoter er godtatt, fordi en fotnote i Planverk ikke kan ha forslag.',
  'formatChangesAccepted': '{count} sporede formateringsendring(er) er godtatt som de står, fordi Planverk bare foreslår endringer i tekst.',
  'frameComments': '{count} kommentar(er) i topptekst eller bunntekst er lagt på «{chapter}» uten markering i teksten, merket «Kommentar i topptekst/bunntekst», fordi Planverk lager topptekst og bunntekst selv.',
  'unplacedComments': '{count} kommentar(er) uten plass i dokumentets tekst er lagt på «{chapter}» uten markering i teksten.',
} as const;

export type WordImportKey = keyof typeof wordImportNb;
/** Every key in every language: a missing translation fails typecheck. */
type WordImportSentences = { readonly [K in WordImportKey]: string };

export const wordImportNn: WordImportSentences = {
  'mammoth': '{message}',
  'imagesDropped': '{count} bilete i eit format Planverk ikkje kan vise (til dømes EMF/WMF) vart utelatne.',
  'titlesChanged': 'Spora endringar i {count} overskrift(er) er godtekne, fordi eit kapittelnamn ikkje kan ha forslag: {titles}.',
  'titlesDeleted': '{count} overskrift(er) er sletta som spora endring i Word; kapitla er haldne på med namnet, så du kan slette dei sjølv: {titles}.',
  'changedImages': '{count} bilete i spora endringar er tekne med utan forslag, fordi eit bilete ikkje kan vere eit forslag i Planverk: eit sletta bilete står framleis i teksten.',
  'changedNotes': '{count} fotnote(ar) i spora endringar er tekne med utan forslag, fordi ein fotnote ikkje kan vere eit forslag i Planverk: ein sletta fotnote står framleis i teksten.',
  'noteComments': '{count} kommentar(ar) i fotnotar er lagde på avsnittet der fotnoten står, fordi ein fotnote i Planverk ikkje kan ha kommentarar.',
  'noteChangesAccepted': 'Spora endringar i fotnotar er godtekne, fordi ein fotnote i Planverk ikkje kan ha forslag.',
  'formatChangesAccepted': '{count} spora formateringsendring(ar) er godtekne som dei står, fordi Planverk berre føreslår endringar i tekst.',
  'frameComments': '{count} kommentar(ar) i topptekst eller botntekst er lagde på «{chapter}» utan markering i teksten, merkte «Kommentar i topptekst/botntekst», fordi Planverk lagar topptekst og botntekst sjølv.',
  'unplacedComments': '{count} kommentar(ar) utan plass i teksten i dokumentet er lagde på «{chapter}» utan markering i teksten.',
};

export const wordImportEn: WordImportSentences = {
  'mammoth': '{message}',
  'imagesDropped': '{count} image(s) in a format Planverk cannot show (such as EMF/WMF) were left out.',
  'titlesChanged': 'Tracked changes in {count} heading(s) were accepted, because a chapter name cannot hold suggestions: {titles}.',
  'titlesDeleted': '{count} heading(s) were deleted as a tracked change in Word; the chapters are kept under that name, so you can delete them yourself: {titles}.',
  'changedImages': '{count} image(s) inside tracked changes were brought in without suggestions, because an image cannot be a suggestion in Planverk: a deleted image is still in the text.',
  'changedNotes': '{count} footnote(s) inside tracked changes were brought in without suggestions, because a footnote cannot be a suggestion in Planverk: a deleted footnote is still in the text.',
  'noteComments': '{count} comment(s) in footnotes were placed on the paragraph where the footnote stands, because a footnote in Planverk cannot hold comments.',
  'noteChangesAccepted': 'Tracked changes in footnotes were accepted, because a footnote in Planverk cannot hold suggestions.',
  'formatChangesAccepted': '{count} tracked formatting change(s) were accepted as they stand, because Planverk suggests changes to text only.',
  'frameComments': '{count} comment(s) in a header or footer were placed on «{chapter}» without a range in the text, labelled as a comment in the header/footer, because Planverk makes its own header and footer.',
  'unplacedComments': '{count} comment(s) without a place in the document’s text were placed on «{chapter}» without a range in the text.',
};

const WORD_IMPORT: Record<UiLanguage, WordImportSentences> = { nb: wordImportNb, nn: wordImportNn, en: wordImportEn };

export type WordImportText = { key: WordImportKey; params?: Readonly<Record<string, string | number>> };
/** One warning of an import: what to say (in any UI language) and its bokmål sentence for the CLI. */
export type WordImportWarning = { message: string; text: WordImportText };

export function wordImportSentence(lang: UiLanguage, text: WordImportText): string {
  return fillPlaceholders(WORD_IMPORT[lang][text.key], text.params ?? {}, String);
}

export function wordImportWarning(key: WordImportKey, params?: WordImportText['params']): WordImportWarning {
  const text: WordImportText = params ? { key, params } : { key };
  return { message: wordImportSentence('nb', text), text };
}

/** Chapter titles or a paragraph's opening words as a warning lists them: «A», «B» (after `most`, «…»). */
export const quotedTitles = (titles: readonly string[], most = Infinity): string =>
  titles.slice(0, most).map((t) => `«${t}»`).join(', ') + (titles.length > most ? ', …' : '');
