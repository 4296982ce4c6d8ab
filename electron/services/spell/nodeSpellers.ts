// The bokmål and nynorsk dictionaries for the Node side (the CLI's `spell` and `check`, the export check): read from
// the dictionary-nb / dictionary-nn packages, loaded once per process (a second or so) and kept.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { loadModule } from 'hunspell-asm';
import { hunspellSpeller, type DictionaryBytes } from '../../../shared/spell/hunspell';
import type { SpellLanguage, Spellers } from '../../../shared/spell/speller';

let loading: Promise<Spellers> | null = null;

/** Both målformer's spellers, loaded on first use. */
export function nodeSpellers(): Promise<Spellers> {
  loading ??= loadBoth();
  return loading;
}

async function loadBoth(): Promise<Spellers> {
  const factory = await loadModule();
  return { nb: hunspellSpeller(factory, 'nb', dictionaryBytes('nb')), nn: hunspellSpeller(factory, 'nn', dictionaryBytes('nn')) };
}

/** The .aff and .dic files of dictionary-<lang> (the packages export only their index.js, so their folder is found from it). */
export function dictionaryBytes(lang: SpellLanguage): DictionaryBytes {
  // `require` where the bundle has one (the Electron main bundle has no import.meta.url), else one of our own.
  const resolve = typeof require === 'function' ? require.resolve : createRequire(import.meta.url).resolve;
  const folder = dirname(resolve(`dictionary-${lang}`));
  return { aff: readFileSync(join(folder, 'index.aff')), dic: readFileSync(join(folder, 'index.dic')) };
}
