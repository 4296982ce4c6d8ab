// Words that give away a UI text's language, shared by the E2E language sweep (test/e2e/uiLanguage.test.ts) and the
// unit tests of the dictionaries (findingMessages.test.ts).

/** Words bokmål has and nynorsk does not (nynorsk: ikkje, viss, korleis, kvar, kva, kven, nokon, noko, nyleg, frå, berre, …). */
export const BOKMAL_ONLY = [
  'ikke', 'hvis', 'hvordan', 'hvor', 'hva', 'hvem', 'noen', 'noe', 'nylig', 'fra', 'bare', 'ble', 'lagret', 'endret',
  'valgt', 'mangler', 'filen', 'mappen', 'ennå', 'siden', 'skrevet', 'gjør', 'mye',
];
/** Norwegian words that are not English (the letters æ, ø and å are caught on their own). */
export const NORWEGIAN = ['ikke', 'ikkje', 'og', 'er', 'til', 'med', 'av', 'eller', 'ingen', 'fil', 'fila', 'filen', 'ny', 'nytt', 'lagre', 'lagret', 'lagra', 'tabell', 'kapittel'];

/** The words of `words` that occur in `text` as whole words. */
export const wordsIn = (text: string, words: readonly string[]): string[] =>
  words.filter((w) => new RegExp(`(^|[^\\p{L}])${w}(?=$|[^\\p{L}])`, 'iu').test(text));
