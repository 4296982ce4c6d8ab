import { describe, expect, it } from 'vitest';
import { wordsOf } from '../../../shared/spell/tokenize';

const words = (text: string) => wordsOf(text).map((t) => t.word);

describe('Norwegian tokenisation for the spell-check', () => {
  it('skips numbers, law ids, road numbers, technical codes and one-letter words', () => {
    expect(words('LOV-2008-06-27-71 § 11-13 gir 12,5 % på E39 og Rv. 7 i 2026, TEK17 og H570')).toEqual(['gir', 'på', 'og', 'Rv', 'og']);
  });

  it('skips web and mail addresses', () => {
    expect(words('Se https://www.regjeringen.no/no/tema/plan og www.planverk.no eller skriv til post@kommune.no nå')).toEqual(['Se', 'og', 'eller', 'skriv', 'til', 'nå']);
  });

  it('skips abbreviations with inner full stops and all-capital acronyms', () => {
    expect(words('bl.a. ROS og KU, f.eks. NVE, m.m.')).toEqual(['og']);
  });

  it('keeps hyphenated compounds whole and a dangling compound part without its hyphen', () => {
    expect(words('ROS-analysen for areal- og transportplanen')).toEqual(['ROS-analysen', 'for', 'areal', 'og', 'transportplanen']);
  });

  it('gives each word its offsets and notes a following full stop', () => {
    const [a, b] = wordsOf('Se jf. teksten.');
    expect(wordsOf('Se jf. teksten.')).toHaveLength(3);
    expect(a).toEqual({ word: 'Se', from: 0, to: 2, dotAfter: false });
    expect(b).toEqual({ word: 'jf', from: 3, to: 5, dotAfter: true });
  });
});
