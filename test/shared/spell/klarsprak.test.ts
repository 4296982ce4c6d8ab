import { describe, expect, it } from 'vitest';
import { klarsprakHints, lix, passiveForms } from '../../../shared/spell/klarsprak';

describe('klarspråk hints', () => {
  it('computes LIX as words per sentence plus the percentage of words longer than six letters', () => {
    // 11 words, 2 sentences, 4 long words (Kommunen, utbygging, sentrum, prioritere): 5.5 + 36.4 = 41.9 → 42.
    expect(lix(['Kommunen vil styre utbygging mot sentrum. Vi skal prioritere dette nå.'])).toBe(42);
    expect(lix(['Vi bor her. Du bor der.'])).toBe(3);
    expect(lix(['', '  '])).toBeNull();
  });

  it('flags a sentence of more than thirty words, and not one of thirty', () => {
    const thirty = `${Array.from({ length: 30 }, () => 'ord').join(' ')}.`;
    const thirtyOne = `${Array.from({ length: 31 }, () => 'ord').join(' ')}.`;
    expect(klarsprakHints(thirty)).toEqual([]);
    expect(klarsprakHints(`Kort. ${thirtyOne}`)).toEqual([{ kind: 'longSentence', from: 6, to: 6 + thirtyOne.length, words: 31 }]);
  });

  it('flags a word of more than twenty letters', () => {
    expect(klarsprakHints('Se arealplanforslagsprosessen og planen.')).toEqual([{ kind: 'longWord', from: 3, to: 29, word: 'arealplanforslagsprosessen' }]);
  });

  it('finds passive forms in bokmål and nynorsk, and hints when three pile up in a paragraph', () => {
    expect(passiveForms('Tiltaket skal vurderes og blir vedtatt i juni.').map((t) => t.word)).toEqual(['vurderes', 'vedtatt']);
    expect(passiveForms('Tiltaket må sikrast og vert vedteke.').map((t) => t.word)).toEqual(['sikrast', 'vedteke']);
    expect(passiveForms('Kommunen vurderer tiltaket og vedtar det.')).toEqual([]);
    const piled = 'Planen skal vurderes. Tiltakene må prioriteres. Budsjettet blir vedtatt i desember.';
    expect(klarsprakHints(piled)).toEqual([{ kind: 'passives', from: piled.indexOf('vurderes'), to: piled.indexOf('vedtatt') + 'vedtatt'.length, count: 3 }]);
    expect(klarsprakHints('Planen skal vurderes. Tiltakene må prioriteres.')).toEqual([]);
  });
});
