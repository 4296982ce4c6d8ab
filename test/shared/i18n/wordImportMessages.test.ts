// The Word import's warnings in every UI language: each key has a sentence with the same placeholders in nb, nn and
// en; the nynorsk ones hold no bokmål-only word and the English ones no Norwegian word or letter (outside «titles»).
import { describe, expect, it } from 'vitest';
import { wordImportEn, wordImportNb, wordImportNn } from '../../../shared/i18n/wordImportMessages';
import { BOKMAL_ONLY, NORWEGIAN, wordsIn } from './uiWords';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const ownWords = (s: string) => s.replace(/«[^»]*»/g, ' ');

describe('Word import warnings', () => {
  it('every key has a sentence with the same placeholders in nb, nn and en, in that language', () => {
    for (const [key, nb] of Object.entries(wordImportNb) as [keyof typeof wordImportNb, string][]) {
      expect(placeholders(wordImportNn[key]), key).toEqual(placeholders(nb));
      expect(placeholders(wordImportEn[key]), key).toEqual(placeholders(nb));
      expect(wordsIn(ownWords(wordImportNn[key]), BOKMAL_ONLY), key).toEqual([]);
      expect(wordsIn(ownWords(wordImportEn[key]), NORWEGIAN), key).toEqual([]);
      expect(ownWords(wordImportEn[key]), key).not.toMatch(/[æøåÆØÅ]/);
    }
  });
});
