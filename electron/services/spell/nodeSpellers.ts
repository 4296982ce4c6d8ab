// The bokmål and nynorsk dictionaries for the Node side (the CLI's `spell` and `check`, the export check): read from
// the dictionary-nb / dictionary-nn packages, loaded once per process (a second or so) and kept.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type * as HunspellAsm from 'hunspell-asm';
import { hunspellSpeller, type DictionaryBytes } from '../../../shared/spell/hunspell';
import type { SpellLanguage, Spellers } from '../../../shared/spell/speller';

let loading: Promise<Spellers> | null = null;

/** Both målformer's spellers, loaded on first use. */
export function nodeSpellers(): Promise<Spellers> {
  loading ??= loadBoth();
  return loading;
}

// Node's own `require`: a bundle has one (the Electron main bundle has no import.meta.url), else one of our own.
const nodeRequire: NodeJS.Require = typeof require === 'function' ? require : createRequire(import.meta.url);

async function loadBoth(): Promise<Spellers> {
  // Loaded through Node's require, never through a bundler or Vite's module runner: hunspell-asm's ES build imports its
  // Emscripten runtime as a CommonJS file, which a runner that inlines the package (Vitest's global setup, where the E2E
  // bridge lives) turns into a non-function («runtimeModule is not a function»).
  const { loadModule } = nodeRequire('hunspell-asm') as typeof HunspellAsm;
  const factory = await loadModule();
  return { nb: hunspellSpeller(factory, 'nb', dictionaryBytes('nb')), nn: hunspellSpeller(factory, 'nn', dictionaryBytes('nn')) };
}

/** The .aff and .dic files of dictionary-<lang> (the packages export only their index.js, so their folder is found from it). */
export function dictionaryBytes(lang: SpellLanguage): DictionaryBytes {
  const folder = dirname(nodeRequire.resolve(`dictionary-${lang}`));
  return { aff: readFileSync(join(folder, 'index.aff')), dic: readFileSync(join(folder, 'index.dic')) };
}
