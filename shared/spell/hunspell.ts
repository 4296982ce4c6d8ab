// A Speller over Hunspell compiled to WebAssembly (hunspell-asm): the same engine in the renderer's worker and in
// Node; each side only reads the dictionary bytes its own way (fetch there, fs here). Chosen over nspell, which
// loads the bokmål dictionary in ~7 s into ~100 MB and knows no compounds («arealplanforslag»): see
// docs/architecture.md, «Spell-check».
import type { HunspellFactory } from 'hunspell-asm/dist/types/HunspellFactory';
import { PLANNING_WORDS } from './planningWords';
import type { SpellLanguage, Speller } from './speller';

export type DictionaryBytes = { aff: Uint8Array; dic: Uint8Array };

export function hunspellSpeller(factory: HunspellFactory, lang: SpellLanguage, bytes: DictionaryBytes): Speller {
  const aff = factory.mountBuffer(bytes.aff, `${lang}.aff`);
  const dic = factory.mountBuffer(bytes.dic, `${lang}.dic`);
  const hunspell = factory.create(aff, dic);
  for (const [word, model] of PLANNING_WORDS[lang]) {
    if (model) hunspell.addWordWithAffix(word, model);
    else hunspell.addWord(word);
  }
  // The engine keeps its own copy; the virtual files would only hold the bytes twice.
  factory.unmount(aff);
  factory.unmount(dic);
  return { correct: (w) => hunspell.spell(w), suggest: (w) => hunspell.suggest(w) };
}
