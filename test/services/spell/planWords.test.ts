// The plan's word list (issue 17): words added through the CLI (`words --add`) or plan.mutate are kept in the plan
// file, accepted by `cli spell` and the export check, travel in copies and merge in both orders to the same list;
// a word that is not one word, or stored under another word's id, is refused with the file untouched; a copy whose
// word-list messages are junk is refused as a whole; JSON export and import carry the list.
import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { createPlanFile, mergeFrom, openPlanFile } from '../../../electron/services/store';
import { planWordChanges, planWordsOf } from '../../../shared/domain/planWord';
import type { PlanData } from '../../../shared/domain/plan';
import { canonicalPlanJson } from '../../../shared/interchange/planJson';
import { runCliCaptured } from '../../cli/capture';
import { asOlderSchema, sha256File, smallPlan, tempDir } from '../store/helpers';

const tmp = tempDir('planverk-planwords-');
afterAll(() => tmp.cleanup());
let n = 0;

const AUTHOR = ['--author', 'Kari Nordmann'];

/** A plan whose one chapter names a place and a local term no dictionary knows. */
function planWithUnknownWords(): string {
  const plan = smallPlan();
  plan.chapters[0]!.body = {
    type: 'doc',
    content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Kommunen bygger ny skole på Skjærvågneset og i Nordvikhamna.' }] }],
  };
  const path = tmp.file(`plan-${++n}.planverk`);
  createPlanFile(path, plan).close();
  return path;
}

async function flagged(path: string): Promise<string[]> {
  const { code, out } = await runCliCaptured('spell', path, '--json');
  expect(code).toBe(0);
  const json = JSON.parse(out.join('\n')) as { chapters: Array<{ findings: Array<{ word: string }> }> };
  return json.chapters.flatMap((c) => c.findings.map((f) => f.word));
}

function copyOf(path: string, name: string): string {
  const target = tmp.file(`${name}-${++n}.planverk`);
  const f = openPlanFile(path, { readOnly: true });
  f.saveCopy(target);
  f.close();
  return target;
}

function readPlanOf(path: string): PlanData {
  const f = openPlanFile(path, { readOnly: true });
  try {
    return f.readPlan();
  } finally {
    f.close();
  }
}

function mergeInto(target: string, copy: string): void {
  const f = openPlanFile(target);
  try {
    mergeFrom(f, copy);
  } finally {
    f.close();
  }
}

describe('the plan word list', () => {
  it('a word added with `words --add` is stored in the plan file and `spell` no longer flags it, in any capitalisation', async () => {
    const path = planWithUnknownWords();
    expect(await flagged(path)).toEqual(['Skjærvågneset', 'Nordvikhamna']);
    const added = await runCliCaptured('words', path, '--add', 'skjærvågneset', ...AUTHOR);
    expect(added.code).toBe(0);
    expect(added.out).toEqual(['Ordlisten i planen: 1 ord.', '  skjærvågneset']);
    expect(readPlanOf(path).planWords).toEqual([{ id: 'ord:skjærvågneset', word: 'skjærvågneset' }]);
    expect(await flagged(path)).toEqual(['Nordvikhamna']);
  });

  it('a word removed with `words --remove`, or its adding undone, is flagged again', async () => {
    const path = planWithUnknownWords();
    await runCliCaptured('words', path, '--add', 'Nordvikhamna', ...AUTHOR);
    expect(await flagged(path)).toEqual(['Skjærvågneset']);
    const removed = await runCliCaptured('words', path, '--remove', 'Nordvikhamna', '--json', ...AUTHOR);
    expect(JSON.parse(removed.out.join('\n'))).toEqual({ words: [] });
    expect(await flagged(path)).toEqual(['Skjærvågneset', 'Nordvikhamna']);

    const f = openPlanFile(path);
    f.mutate(planWordChanges('Skjærvågneset', true));
    expect(planWordsOf(f.readPlan().planWords)).toEqual(['Skjærvågneset']);
    f.undo();
    expect(planWordsOf(f.readPlan().planWords)).toEqual([]);
    f.close();
    expect(await flagged(path)).toEqual(['Skjærvågneset', 'Nordvikhamna']);
  });

  it('the export check counts no misspelling for a word on the list (`check`)', async () => {
    const path = planWithUnknownWords();
    const line = async () => (await runCliCaptured('check', path)).out.find((l) => l.startsWith('Stavekontroll'));
    expect(await line()).toMatch(/^Stavekontroll: 2 mulige skrivefeil/);
    await runCliCaptured('words', path, '--add', 'Skjærvågneset', ...AUTHOR);
    await runCliCaptured('words', path, '--add', 'Nordvikhamna', ...AUTHOR);
    expect(await line()).toMatch(/^Stavekontroll: 0 mulige skrivefeil/);
  });

  it('refuses a word with a space, an empty word and a word stored under another word’s id, leaving the file byte for byte', async () => {
    const path = planWithUnknownWords();
    const before = sha256File(path);
    for (const bad of ['to ord', '', '-foran', 'x'.repeat(61)]) {
      const r = await runCliCaptured('words', path, '--add', bad, ...AUTHOR);
      expect(r.code, bad).not.toBe(0);
      expect(r.err.join('\n')).toContain('--add må følges av ett ord uten mellomrom');
    }
    const f = openPlanFile(path);
    expect(() => f.mutate([{ table: 'planWords', id: 'ord:Skjærvågneset', column: 'word', value: 'Kommunen' }])).toThrow(expect.objectContaining({ code: 'INVALID_ARGS' }));
    expect(() => f.mutate([{ table: 'planWords', id: 'ord:to ord', column: 'word', value: 'to ord' }])).toThrow(expect.objectContaining({ code: 'INVALID_ARGS' }));
    f.close();
    expect(sha256File(path)).toBe(before);
  });

  it('travels in copies: words added in two copies (one of them in both) and one removed merge in both orders to the same list', () => {
    const base = planWithUnknownWords();
    const start = openPlanFile(base);
    start.mutate(planWordChanges('Gammelord', true));
    start.close();
    const [kari, ola] = [copyOf(base, 'kari'), copyOf(base, 'ola')];
    const edit = (path: string, changes: ReturnType<typeof planWordChanges>) => {
      const f = openPlanFile(path);
      f.mutate(changes);
      f.close();
    };
    edit(kari, planWordChanges('Skjærvågneset', true));
    edit(kari, planWordChanges('Nordvikhamna', true));
    edit(ola, planWordChanges('Skjærvågneset', true));
    edit(ola, planWordChanges('Gammelord', false));
    const [ab, ba] = [copyOf(base, 'ab'), copyOf(base, 'ba')];
    mergeInto(ab, kari);
    mergeInto(ab, ola);
    mergeInto(ba, ola);
    mergeInto(ba, kari);
    const [planAb, planBa] = [readPlanOf(ab), readPlanOf(ba)];
    expect(planWordsOf(planAb.planWords)).toEqual(['Nordvikhamna', 'Skjærvågneset']);
    expect(planAb.planWords).toHaveLength(2);
    expect(canonicalPlanJson(planBa)).toBe(canonicalPlanJson(planAb));
  });

  it('a copy whose word-list message is not one word is refused as a whole, both files untouched', () => {
    const path = planWithUnknownWords();
    const copy = copyOf(path, 'junk');
    const db = new Database(copy);
    const ts = `${new Date(Date.now() + 1000).toISOString()}-0000-ABCDEF0123456789`;
    db.prepare('INSERT INTO messages_crdt (timestamp, dataset, "row", "column", value) VALUES (?, ?, ?, ?, ?)').run(ts, 'planWords', 'ord:to ord', 'word', '"to ord"');
    db.close();
    const before = [sha256File(path), sha256File(copy)];
    const f = openPlanFile(path);
    expect(() => mergeFrom(f, copy)).toThrow(expect.objectContaining({ code: 'INVALID_COPY' }));
    f.close();
    expect([sha256File(path), sha256File(copy)]).toEqual(before);
  });

  it('export-json carries the list and `new --from` brings it back; a plan without words writes no planWords key', async () => {
    const path = planWithUnknownWords();
    const json = tmp.file(`plan-${++n}.json`);
    expect((await runCliCaptured('export-json', path, '--out', json)).code).toBe(0);
    expect(readFileSync(json, 'utf8')).not.toContain('planWords');
    await runCliCaptured('words', path, '--add', 'Skjærvågneset', ...AUTHOR);
    expect((await runCliCaptured('export-json', path, '--out', json)).code).toBe(0);
    expect(JSON.parse(readFileSync(json, 'utf8')).planWords).toEqual([{ id: 'ord:Skjærvågneset', word: 'Skjærvågneset' }]);
    const again = tmp.file(`again-${++n}.planverk`);
    expect((await runCliCaptured('new', again, '--from', json, ...AUTHOR)).code).toBe(0);
    expect(await flagged(again)).toEqual(['Nordvikhamna']);
  });

  it('a plan file from before the word list is migrated on opening and takes words', async () => {
    const path = planWithUnknownWords();
    const db = new Database(path);
    asOlderSchema(db, 7);
    db.close();
    expect(() => new Database(path, { readonly: true }).prepare('SELECT 1 FROM planWords').get()).toThrow();
    expect((await runCliCaptured('words', path, '--add', 'Skjærvågneset', ...AUTHOR)).code).toBe(0);
    expect(await flagged(path)).toEqual(['Nordvikhamna']);
  });
});
