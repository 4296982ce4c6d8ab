// The spell-check worker: loads Hunspell (WebAssembly) with the bokmål and nynorsk dictionaries once, then checks
// block texts and finds suggestions off the page's thread. The dictionaries are separate files in the build
// (GPL-2.0 data, see README), fetched from the app's own origin.
import { loadModule } from 'hunspell-asm';
import nbAff from '@dictionaries/dictionary-nb/index.aff?url';
import nbDic from '@dictionaries/dictionary-nb/index.dic?url';
import nnAff from '@dictionaries/dictionary-nn/index.aff?url';
import nnDic from '@dictionaries/dictionary-nn/index.dic?url';
import { checkText, suggestFor, type CheckContext } from '../../../shared/spell/checkText';
import { hunspellSpeller } from '../../../shared/spell/hunspell';
import type { Spellers } from '../../../shared/spell/speller';
import { checkBlock } from '../../../shared/spell/spellBlocks';
import { acceptedWords } from '../../../shared/spell/wordLists';
import type { SpellReply, SpellRequest } from './spellProtocol';

type WorkerScope = { onmessage: ((e: MessageEvent<SpellRequest>) => void) | null; postMessage: (reply: SpellReply) => void; fetch: typeof fetch };
const scope = globalThis as unknown as WorkerScope;

// Emscripten fetches its embedded binary from a data: URL; the CSP (connect-src 'self') forbids that, so the worker
// decodes it itself: no CSP is widened, and nothing leaves the machine.
const realFetch = scope.fetch.bind(globalThis);
scope.fetch = async (input, init) => {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  if (!url.startsWith('data:')) return realFetch(input, init);
  const base64 = url.slice(url.indexOf(',') + 1);
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return new Response(bytes, { headers: { 'Content-Type': 'application/wasm' } });
};

const bytesOf = async (url: string) => new Uint8Array(await (await realFetch(url)).arrayBuffer());

let spellers: Promise<Spellers> | null = null;
async function load(): Promise<Spellers> {
  const factory = await loadModule();
  const [a, b, c, d] = await Promise.all([bytesOf(nbAff), bytesOf(nbDic), bytesOf(nnAff), bytesOf(nnDic)]);
  return { nb: hunspellSpeller(factory, 'nb', { aff: a, dic: b }), nn: hunspellSpeller(factory, 'nn', { aff: c, dic: d }) };
}

scope.onmessage = async (e) => {
  const req = e.data;
  try {
    spellers ??= load();
    const ctx: CheckContext = { lang: req.lang, spellers: await spellers, accepted: acceptedWords(req.words) };
    if (req.type === 'check') scope.postMessage({ id: req.id, findings: req.blocks.map((b) => checkBlock(b, ctx)) });
    else {
      const finding = checkText(req.text, ctx).find((f) => f.word === req.word);
      scope.postMessage({ id: req.id, suggestions: finding ? suggestFor(finding, ctx) : [] });
    }
  } catch (err) {
    scope.postMessage({ id: req.id, error: String((err as Error).message ?? err) });
  }
};
