// The spell-check against the real bokmål and nynorsk dictionaries, over a page of planning text in each målform
// written for these tests (test/fixtures/spell), with known misspellings and målform slips.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nodeSpellers } from '../../../electron/services/spell/nodeSpellers';
import { checkText, suggestFor, type CheckContext } from '../../../shared/spell/checkText';
import type { SpellLanguage } from '../../../shared/spell/speller';
import { acceptedWords } from '../../../shared/spell/wordLists';

const page = (name: string) => readFileSync(new URL(`../../fixtures/spell/${name}.txt`, import.meta.url), 'utf8');
const context = async (lang: SpellLanguage, words: string[] = []): Promise<CheckContext> => ({ lang, spellers: await nodeSpellers(), accepted: acceptedWords(words) });
const flagged = async (text: string, lang: SpellLanguage, words: string[] = []) =>
  checkText(text, await context(lang, words)).map((f) => `${f.kind}:${f.word}`);

describe('spell-check of a page of planning text', () => {
  it('flags exactly the misspellings and the nynorsk forms in the bokmål page', async () => {
    expect(await flagged(page('bokmal'), 'nb')).toEqual(['spelling:kommuen', 'spelling:utbyging', 'spelling:infrastuktur', 'malform:kva', 'malform:ikkje']);
  });

  it('flags exactly the misspellings and the bokmål forms in the nynorsk page', async () => {
    expect(await flagged(page('nynorsk'), 'nn')).toEqual([
      'malform:ikke',
      'spelling:kartleginga',
      'malform:Kommunens',
      'spelling:tilretteleging',
      'malform:Hva',
    ]);
  });

  it('suggests the intended word for each misspelling, among the first five', async () => {
    const ctx = { nb: await context('nb'), nn: await context('nn') };
    const intended: [SpellLanguage, string, string][] = [
      ['nb', 'kommuen', 'kommunen'],
      ['nb', 'utbyging', 'utbygging'],
      ['nb', 'infrastuktur', 'infrastruktur'],
      ['nn', 'kartleginga', 'kartlegginga'],
      ['nn', 'tilretteleging', 'tilrettelegging'],
    ];
    for (const [lang, word, want] of intended) {
      const [finding] = checkText(word, ctx[lang]);
      expect(suggestFor(finding!, ctx[lang]), word).toContain(want);
    }
  });

  it('suggests the other målform’s form for a slip, written the way the slip was', async () => {
    const nn = await context('nn');
    const nb = await context('nb');
    const suggestions = (text: string, ctx: CheckContext) => checkText(text, ctx).map((f) => [f.word, f.suggestions]);
    expect(suggestions('Hva skjer om kommunen ikke svarer fra Fra', nn)).toEqual([
      ['Hva', ['Kva']],
      ['ikke', ['ikkje']],
      ['fra', ['frå']],
      ['Fra', ['Frå']],
    ]);
    expect(suggestions('Det er ikkje avklart korleis eksisterande vegar skal brukast', nb).slice(0, 3)).toEqual([
      ['ikkje', ['ikke']],
      ['korleis', ['hvordan']],
      ['eksisterande', ['eksisterende']],
    ]);
  });

  it('turns a bokmål s-genitive in a nynorsk plan into the noun and a possessive, likeliest first', async () => {
    const nn = await context('nn');
    expect(checkText('kommunens vurdering', nn)[0]?.suggestions).toEqual(['kommunen si', 'kommunen sin', 'kommunen sitt', 'kommunen sine']);
    expect(checkText('planens mål', nn)[0]?.suggestions[0]).toBe('planen sin');
    expect(checkText('fylkets planar', nn)[0]?.suggestions[0]).toBe('fylket sine');
    // A name keeps its genitive s in nynorsk too.
    expect(checkText('Bergens hamn', nn)).toEqual([]);
  });

  it('accepts a word on the plan’s word list, in any of the capitalisations Hunspell accepts', async () => {
    expect(await flagged('Kommuen og kommuen', 'nb', ['kommuen'])).toEqual([]);
    expect(await flagged('Norconsult og NORCONSULT men ikke norconsult', 'nb', ['Norconsult'])).toEqual(['spelling:norconsult']);
  });

  it('knows the planning words the dictionaries lack, inflected', async () => {
    expect(await flagged('handlingsdelen, hensynssonene og Statsforvalteren', 'nb')).toEqual([]);
    expect(await flagged('handlingsdelen, omsynssonene og Statsforvaltaren', 'nn')).toEqual([]);
  });

  it('does not call a compound only the other målform forms a målform slip', async () => {
    expect(await flagged('kartleginga', 'nn')).toEqual(['spelling:kartleginga']);
  });
});
