// The three UI dictionaries hold the same keys with the same {placeholders}, none empty; translate fills them in.
import { describe, expect, it } from 'vitest';
import { DICTIONARIES, translate, UI_LANGUAGES } from '../../../shared/i18n';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('UI dictionaries', () => {
  it('give every key a non-empty text with the same placeholders in nb, nn and en', () => {
    const keys = Object.keys(DICTIONARIES.nb).sort();
    for (const lang of UI_LANGUAGES) {
      expect(Object.keys(DICTIONARIES[lang]).sort()).toEqual(keys);
      for (const key of keys) {
        const text = DICTIONARIES[lang][key as keyof typeof DICTIONARIES.nb];
        expect(text.trim(), `${lang} ${key}`).not.toBe('');
        expect(placeholders(text), `${lang} ${key}`).toEqual(placeholders(DICTIONARIES.nb[key as keyof typeof DICTIONARIES.nb]));
      }
    }
  });

  it('differ where the languages differ and fill in placeholders', () => {
    expect(translate('nb', 'nav.hearing')).toBe('Høring');
    expect(translate('nn', 'nav.hearing')).toBe('Høyring');
    expect(translate('en', 'nav.hearing')).toBe('Hearing');
    expect(translate('nb', 'save.saved', { time: '14:32' })).toBe('Lagret kl. 14:32');
    expect(translate('nb', 'hearing.inputCount', {})).toBe('Antall innspill: {count}');
  });
});
