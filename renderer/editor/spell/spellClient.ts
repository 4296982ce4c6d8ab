// The page's side of the spell-check worker: one worker per page, started on first use; requests answered by id.
import type { SpellFinding } from '../../../shared/spell/checkText';
import type { SpellLanguage } from '../../../shared/spell/speller';
import type { SpellBlock } from '../../../shared/spell/spellBlocks';
import type { SpellReply, SpellRequest } from './spellProtocol';

type Pending = { resolve: (r: SpellReply) => void; reject: (e: Error) => void };
type Body = SpellRequest extends infer R ? (R extends SpellRequest ? Omit<R, 'id'> : never) : never;

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

function send(body: Body): Promise<SpellReply> {
  if (!worker) {
    worker = new Worker(new URL('./spellWorker.ts', import.meta.url), { type: 'module', name: 'planverk-spell' });
    worker.onmessage = (e: MessageEvent<SpellReply>) => {
      pending.get(e.data.id)?.resolve(e.data);
      pending.delete(e.data.id);
    };
    worker.onerror = () => {
      for (const p of pending.values()) p.reject(new Error('spell worker failed'));
      pending.clear();
    };
  }
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    worker!.postMessage({ ...body, id } as SpellRequest);
  });
}

export async function checkBlocks(lang: SpellLanguage, words: string[], blocks: SpellBlock[]): Promise<SpellFinding[][]> {
  const reply = await send({ type: 'check', lang, words, blocks });
  if ('error' in reply) throw new Error(reply.error);
  return 'findings' in reply ? reply.findings : [];
}

export async function suggestionsFor(lang: SpellLanguage, words: string[], text: string, word: string): Promise<string[]> {
  const reply = await send({ type: 'suggest', lang, words, text, word });
  return 'suggestions' in reply ? reply.suggestions : [];
}
