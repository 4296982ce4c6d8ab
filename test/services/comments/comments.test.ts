// Comments (issue 15 «Comments») through the real dispatcher into real plan files: add on a chapter range and on rows,
// reply, edit and delete one's own, resolve and reopen, list with filters; refusals are one Norwegian sentence and
// leave the file byte for byte; deleted text keeps its comment as «tekst slettet»; comments travel in copies and merge
// by union in both orders; junk comment messages in a copy are refused.
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/services/api/dispatch';
import { createHandlers } from '../../../electron/services/api/handlers';
import { createSession } from '../../../electron/services/session';
import { createPlanFile, mergeFrom, openPlanFile } from '../../../electron/services/store';
import type { CommentThreadView, CommentWritten } from '../../../shared/api/calls/comments';
import type { Person } from '../../../shared/domain/person';
import type { PlanData } from '../../../shared/domain/plan';
import { canonicalPlanJson } from '../../../shared/interchange/planJson';
import { asOlderSchema, sha256File, smallPlan, tempDir } from '../store/helpers';

const tmp = tempDir('planverk-comments-');
afterAll(() => tmp.cleanup());

const kari: Person = { id: 'person-kari', name: 'Kari Nordmann', initials: 'KN', group: 'Arbeidsgruppe 1' };
const ola: Person = { id: 'person-ola', name: 'Ola Hansen', initials: 'OH', group: 'Arbeidsgruppe 2' };
let n = 0;

function newPlan(name = `plan-${++n}`): { path: string; plan: PlanData } {
  const path = tmp.file(`${name}.planverk`);
  const plan = smallPlan();
  createPlanFile(path, plan).close();
  return { path, plan };
}

/** The app as one person uses it: a session with that person, the real dispatcher, the file opened. */
async function as(person: Person | undefined, path: string) {
  const session = createSession({ person });
  const handlers = createHandlers(session);
  const call = (name: string, args: unknown) => dispatch(handlers, name, args);
  const ok = async <T = CommentWritten>(name: string, args: unknown): Promise<T> => {
    const r = await call(name, args);
    if (!r.ok) throw new Error(`${name}: ${r.error.code} ${r.error.message} ${r.error.detail ?? ''}`);
    return r.value as T;
  };
  await ok('file.open', { path });
  return { call, ok, close: () => session.close(), list: async (filter = {}) => (await ok<{ threads: CommentThreadView[] }>('comments.list', filter)).threads };
}

const chapterOf = (plan: PlanData) => plan.chapters[0]!;
// smallPlan's chapter: heading «Bakgrunn» (0..10), paragraph «Første avsnitt.» from 10: text 11..26.
const FIRST_WORD = { from: 11, to: 17 };

describe('comments through the API', () => {
  it('adds a comment on a chapter range as the session person, anchored to the selected text, and lists it with that text', async () => {
    const { path, plan } = newPlan();
    const app = await as(kari, path);
    const added = await app.ok('comments.add', { targetTable: 'chapters', targetId: chapterOf(plan).id, body: '  Skriv mer om dette. ', place: FIRST_WORD });
    expect(added.comment).toMatchObject({ body: 'Skriv mer om dette.', quote: 'Første', authorId: kari.id, authorName: 'Kari Nordmann', authorInitials: 'KN', authorGroup: 'Arbeidsgruppe 1', parentId: null, resolved: false });
    const [thread] = await app.list();
    expect(thread!.anchor).toEqual({ state: 'ok', ...FIRST_WORD });
    app.close();
    const file = openPlanFile(path, { readOnly: true });
    expect(file.readPlan().comments).toEqual([added.comment]);
    expect(file.database.prepare(`SELECT count(*) FROM messages_crdt WHERE dataset = 'comments'`).pluck().get()).toBeGreaterThanOrEqual(15);
    file.close();
  });

  it('comments on a matrix cell without a level, an area, a table row and a hearing input', async () => {
    const path = tmp.file(`rows-${++n}.planverk`);
    const plan = smallPlan();
    plan.laws.push({ id: 'law-1', sortKey: 1, name: 'Plan- og bygningsloven', lovdataId: 'LOV-2008-06-27-71', purpose: '' });
    plan.inputs.push({ id: 'input-1', sortKey: 1, sender: 'Statsforvalteren', senderType: 'offentlig-instans', receivedDate: '2025-03-01', summary: '', fullText: '', attachmentAssetId: null, concerns: [], assessment: '', conclusion: null });
    createPlanFile(path, plan).close();
    const app = await as(kari, path);
    await app.ok('comments.add', { targetTable: 'laws', targetId: 'law-1', body: 'Lovrad' });
    await app.ok('comments.add', { targetTable: 'inputs', targetId: 'input-1', body: 'Innspill' });
    expect((await app.list({ targetTable: 'inputs' })).map((t) => t.root.body)).toEqual(['Innspill']);
    expect((await app.list({ targetId: 'law-1' })).map((t) => t.root.body)).toEqual(['Lovrad']);
    const area = plan.areas[1]!;
    const group = plan.groups[0]!;
    await app.ok('comments.add', { targetTable: 'cells', targetId: `${area.id}:${group.id}`, body: 'Celle uten nivå' });
    await app.ok('comments.add', { targetTable: 'areas', targetId: area.id, body: 'Område' });
    const threads = await app.list({ targetTable: 'cells' });
    expect(threads.map((t) => t.root.body)).toEqual(['Celle uten nivå']);
    expect(threads[0]!.anchor).toBeNull();
    const missing = await app.call('comments.add', { targetTable: 'inputs', targetId: 'finnes-ikke', body: 'x' });
    expect(missing).toMatchObject({ ok: false, error: { message: 'Det du vil kommentere, finnes ikke i planen; ingen kommentar er lagret.' } });
    app.close();
  });

  it('a reply to a reply joins the thread of its first comment; anyone resolves and reopens the whole thread', async () => {
    const { path, plan } = newPlan();
    const k = await as(kari, path);
    const root = (await k.ok('comments.add', { targetTable: 'chapters', targetId: chapterOf(plan).id, body: 'Spørsmål', place: FIRST_WORD })).comment;
    k.close();
    const o = await as(ola, path);
    const reply = (await o.ok('comments.reply', { parentId: root.id, body: 'Svar' })).comment;
    const again = (await o.ok('comments.reply', { parentId: reply.id, body: 'Svar på svaret' })).comment;
    expect(again.parentId).toBe(root.id);
    await o.ok('comments.resolve', { id: again.id });
    let [thread] = await o.list();
    expect(thread!.root).toMatchObject({ id: root.id, resolved: true, resolvedBy: 'Ola Hansen' });
    expect(thread!.replies.map((r) => r.body)).toEqual(['Svar', 'Svar på svaret']);
    expect(await o.list({ status: 'open' })).toEqual([]);
    await o.ok('comments.reopen', { id: root.id });
    [thread] = await o.list({ status: 'open' });
    expect(thread!.root).toMatchObject({ resolved: false, resolvedAt: null, resolvedBy: null });
    o.close();
  });

  it('edits and deletes one’s own comment; a deleted comment stays in the file as a tombstone and its replies stay listed', async () => {
    const { path, plan } = newPlan();
    const k = await as(kari, path);
    const root = (await k.ok('comments.add', { targetTable: 'chapters', targetId: chapterOf(plan).id, body: 'Først', place: FIRST_WORD })).comment;
    const edited = (await k.ok('comments.edit', { id: root.id, body: 'Rettet' })).comment;
    expect(edited).toMatchObject({ body: 'Rettet', authorId: kari.id });
    expect(edited.editedAt).not.toBeNull();
    k.close();
    const o = await as(ola, path);
    await o.ok('comments.reply', { parentId: root.id, body: 'Olas svar' });
    o.close();
    const k2 = await as(kari, path);
    await k2.ok('comments.delete', { id: root.id });
    const threads = await k2.list();
    expect(threads.map((t) => [t.root.body, t.replies.length])).toEqual([['Olas svar', 0]]);
    k2.close();
    const db = new Database(path, { readonly: true });
    expect(db.prepare('SELECT body, tombstone FROM comments WHERE id = ?').get(root.id)).toEqual({ body: 'Rettet', tombstone: 1 });
    db.close();
  });

  it('refuses editing or deleting another person’s comment with one Norwegian sentence, the file byte for byte', async () => {
    const { path, plan } = newPlan();
    const k = await as(kari, path);
    const root = (await k.ok('comments.add', { targetTable: 'chapters', targetId: chapterOf(plan).id, body: 'Karis', place: FIRST_WORD })).comment;
    k.close();
    const before = sha256File(path);
    const o = await as(ola, path);
    expect(await o.call('comments.edit', { id: root.id, body: 'Olas versjon' })).toMatchObject({
      ok: false,
      error: { message: 'Du kan bare endre dine egne kommentarer; kommentaren er ikke endret.' },
    });
    expect(await o.call('comments.delete', { id: root.id })).toMatchObject({
      ok: false,
      error: { message: 'Du kan bare slette dine egne kommentarer; kommentaren er ikke slettet.' },
    });
    // Nor through the generic call: the comment's fields are written only by the comment calls.
    expect(await o.call('plan.mutate', { changes: [{ table: 'comments', id: root.id, column: 'body', value: 'Olas versjon' }] })).toMatchObject({ ok: false });
    o.close();
    expect(sha256File(path)).toBe(before);
  });

  it('refuses an empty comment, a chapter comment without a selection and commenting without a person, writing nothing', async () => {
    const { path, plan } = newPlan();
    const before = sha256File(path);
    const k = await as(kari, path);
    const chapterId = chapterOf(plan).id;
    expect(await k.call('comments.add', { targetTable: 'chapters', targetId: chapterId, body: '   ', place: FIRST_WORD })).toMatchObject({ ok: false, error: { message: 'Kommentaren er tom; skriv noe før du lagrer den.' } });
    const noRange = 'Marker teksten i kapittelet du vil kommentere; ingen kommentar er lagret.';
    expect(await k.call('comments.add', { targetTable: 'chapters', targetId: chapterId, body: 'x' })).toMatchObject({ ok: false, error: { message: noRange } });
    expect(await k.call('comments.add', { targetTable: 'chapters', targetId: chapterId, body: 'x', place: { from: 12, to: 12 } })).toMatchObject({ ok: false, error: { message: noRange } });
    expect(await k.call('comments.add', { targetTable: 'chapters', targetId: chapterId, body: 'x', place: { from: 11, to: 9999 } })).toMatchObject({ ok: false, error: { message: noRange } });
    k.close();
    const nobody = await as(undefined, path);
    expect(await nobody.call('comments.add', { targetTable: 'areas', targetId: plan.areas[0]!.id, body: 'x' })).toMatchObject({
      ok: false,
      error: { message: 'Oppgi navnet ditt før du kommenterer, så de andre ser hvem som skrev; ingen kommentar er lagret.' },
    });
    nobody.close();
    expect(sha256File(path)).toBe(before);
  });

  it('filters the plan-wide list by author, group, status and chapter', async () => {
    const { path, plan } = newPlan();
    const chapterId = chapterOf(plan).id;
    const k = await as(kari, path);
    const a = (await k.ok('comments.add', { targetTable: 'chapters', targetId: chapterId, body: 'Kari kapittel', place: FIRST_WORD })).comment;
    await k.ok('comments.add', { targetTable: 'areas', targetId: plan.areas[0]!.id, body: 'Kari område' });
    k.close();
    const o = await as(ola, path);
    await o.ok('comments.add', { targetTable: 'chapters', targetId: chapterId, body: 'Ola kapittel', place: { from: 18, to: 25 } });
    await o.ok('comments.resolve', { id: a.id });
    const bodies = async (filter: object) => (await o.list(filter)).map((t) => t.root.body).sort();
    expect(await bodies({})).toEqual(['Kari kapittel', 'Kari område', 'Ola kapittel']);
    expect(await bodies({ authorId: kari.id })).toEqual(['Kari kapittel', 'Kari område']);
    expect(await bodies({ group: 'Arbeidsgruppe 2' })).toEqual(['Ola kapittel']);
    expect(await bodies({ status: 'resolved' })).toEqual(['Kari kapittel']);
    expect(await bodies({ status: 'open', chapterId })).toEqual(['Ola kapittel']);
    expect(await bodies({ chapterId: 'annet' })).toEqual([]);
    o.close();
  });

  it('filters the plan-wide list by place: chapters, the matrix (cells and areas), the hearing (inputs) and the tables', async () => {
    const path = tmp.file(`places-${++n}.planverk`);
    const plan = smallPlan();
    plan.laws.push({ id: 'law-1', sortKey: 1, name: 'Plan- og bygningsloven', lovdataId: 'LOV-2008-06-27-71', purpose: '' });
    plan.measures.push({ id: 'measure-1', sortKey: 1, name: 'Felles boligkontor', unit: '', themeId: null, chapterId: null, fteHundredths: 0, costOre: 0, status: 'planlagt', statusDate: null, followUp: '' });
    plan.inputs.push({ id: 'input-1', sortKey: 1, sender: 'Statsforvalteren', senderType: 'offentlig-instans', receivedDate: '2025-03-01', summary: '', fullText: '', attachmentAssetId: null, concerns: [], assessment: '', conclusion: null });
    createPlanFile(path, plan).close();
    const k = await as(kari, path);
    const [area, sub] = plan.areas;
    await k.ok('comments.add', { targetTable: 'chapters', targetId: chapterOf(plan).id, body: 'kapittel', place: FIRST_WORD });
    await k.ok('comments.add', { targetTable: 'cells', targetId: `${sub!.id}:${plan.groups[0]!.id}`, body: 'celle' });
    await k.ok('comments.add', { targetTable: 'areas', targetId: area!.id, body: 'område' });
    await k.ok('comments.add', { targetTable: 'inputs', targetId: 'input-1', body: 'innspill' });
    await k.ok('comments.add', { targetTable: 'laws', targetId: 'law-1', body: 'lov' });
    await k.ok('comments.add', { targetTable: 'measures', targetId: 'measure-1', body: 'tiltak' });
    const bodies = async (filter: object) => (await k.list(filter)).map((t) => t.root.body).sort();
    expect(await bodies({ place: 'chapters' })).toEqual(['kapittel']);
    expect(await bodies({ place: 'matrix' })).toEqual(['celle', 'område']);
    expect(await bodies({ place: 'hearing' })).toEqual(['innspill']);
    expect(await bodies({ place: 'tables' })).toEqual(['lov', 'tiltak']);
    expect(await bodies({ place: 'matrix', status: 'resolved' })).toEqual([]);
    expect(await k.call('comments.list', { place: 'kjeller' })).toMatchObject({ ok: false, error: { code: 'INVALID_ARGS' } });
    k.close();
  });

  it('refuses a comment on a deleted table row, a deleted area and a cell of a deleted group with one sentence, the file byte for byte; a comment made before the row was deleted stays listed', async () => {
    const path = tmp.file(`deleted-rows-${++n}.planverk`);
    const plan = smallPlan();
    plan.laws.push({ id: 'law-1', sortKey: 1, name: 'Plan- og bygningsloven', lovdataId: 'LOV-2008-06-27-71', purpose: '' });
    plan.groups.push({ id: 'group-2', sortKey: 2, kind: 'arbeidsgruppe', number: 2, name: 'Gruppe 2', leader: '', members: '' });
    createPlanFile(path, plan).close();
    const k = await as(kari, path);
    const area = plan.areas[1]!;
    await k.ok('comments.add', { targetTable: 'laws', targetId: 'law-1', body: 'Før slettingen' });
    await k.ok('plan.mutate', { changes: [{ table: 'laws', id: 'law-1', column: 'tombstone', value: true }] });
    await k.ok('plan.mutate', { changes: [{ table: 'areas', id: area.id, column: 'tombstone', value: true }] });
    await k.ok('plan.mutate', { changes: [{ table: 'groups', id: 'group-2', column: 'tombstone', value: true }] });
    const before = sha256File(path);
    for (const [targetTable, targetId] of [['laws', 'law-1'], ['areas', area.id], ['cells', `${plan.areas[0]!.id}:group-2`], ['cells', `${area.id}:${plan.groups[0]!.id}`]] as const) {
      expect(await k.call('comments.add', { targetTable, targetId, body: 'x' })).toMatchObject({
        ok: false,
        error: { message: 'Det du vil kommentere, finnes ikke i planen; ingen kommentar er lagret.' },
      });
    }
    expect(sha256File(path)).toBe(before);
    expect((await k.list({ place: 'tables' })).map((t) => [t.root.targetId, t.root.body])).toEqual([['law-1', 'Før slettingen']]);
    k.close();
  });

  it('text that carried a comment and was deleted keeps the comment, listed as «tekst slettet» with its quote', async () => {
    const { path, plan } = newPlan();
    const chapter = chapterOf(plan);
    const k = await as(kari, path);
    await k.ok('comments.add', { targetTable: 'chapters', targetId: chapter.id, body: 'Om første ord', place: FIRST_WORD });
    await k.ok('plan.mutate', { changes: [{ table: 'chapters', id: chapter.id, column: 'body', value: { type: 'doc', content: [chapter.body.content![0]] } }] });
    const [thread] = await k.list();
    expect(thread!.anchor).toEqual({ state: 'deleted' });
    expect(thread!.root).toMatchObject({ body: 'Om første ord', quote: 'Første' });
    k.close();
  });
});

describe('comments in copies', () => {
  it('a plan file from before comments is migrated on opening and takes comments', async () => {
    const { path, plan } = newPlan();
    const db = new Database(path);
    asOlderSchema(db, 5);
    db.close();
    expect(() => new Database(path, { readonly: true }).prepare('SELECT 1 FROM comments').get()).toThrow();
    const app = await as(kari, path);
    await app.ok('comments.add', { targetTable: 'chapters', targetId: chapterOf(plan).id, body: 'Etter oppgradering', place: FIRST_WORD });
    expect((await app.list()).map((t) => t.anchor)).toEqual([{ state: 'ok', ...FIRST_WORD }]);
    app.close();
  });

  it('travel in copies and merge by union in both orders to the same plan, anchors resolving alike', async () => {
    const { path, plan } = newPlan('base');
    const chapterId = chapterOf(plan).id;
    const [copyK, copyO] = [tmp.file('copy-kari.planverk'), tmp.file('copy-ola.planverk')];
    for (const target of [copyK, copyO]) {
      const f = openPlanFile(path, { readOnly: true });
      f.saveCopy(target);
      f.close();
    }
    const k = await as(kari, copyK);
    const root = (await k.ok('comments.add', { targetTable: 'chapters', targetId: chapterId, body: 'Fra Kari', place: FIRST_WORD })).comment;
    await k.ok('comments.resolve', { id: root.id });
    k.close();
    const o = await as(ola, copyO);
    await o.ok('comments.add', { targetTable: 'chapters', targetId: chapterId, body: 'Fra Ola', place: { from: 18, to: 25 } });
    await o.ok('plan.mutate', { changes: [{ table: 'chapters', id: chapterId, column: 'body', value: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Nytt først. ' }] }, ...chapterOf(plan).body.content!] } }] });
    o.close();
    const results: string[] = [];
    const lists: unknown[] = [];
    for (const order of [[copyK, copyO], [copyO, copyK]]) {
      const target = tmp.file(`merged-${results.length}.planverk`);
      const f = openPlanFile(path, { readOnly: true });
      f.saveCopy(target);
      f.close();
      const file = openPlanFile(target);
      for (const copy of order) mergeFrom(file, copy);
      results.push(canonicalPlanJson(file.readPlan()));
      file.close();
      const app = await as(kari, target);
      lists.push((await app.list()).map((t) => [t.root.body, t.root.resolved, t.anchor]));
      app.close();
    }
    expect(results[1]).toBe(results[0]);
    expect(JSON.parse(results[0]!).comments.map((c: { body: string }) => c.body).sort()).toEqual(['Fra Kari', 'Fra Ola']);
    expect(lists[1]).toEqual(lists[0]);
    // Ola's new paragraph came before the text: Kari's anchor moved with «Første».
    const shift = 'Nytt først. '.length + 2;
    expect(lists[0]).toContainEqual(['Fra Kari', true, { state: 'ok', from: FIRST_WORD.from + shift, to: FIRST_WORD.to + shift }]);
  });

  it('a copy bringing a comment message that does not fit the comment row is refused as a whole', () => {
    const { path } = newPlan();
    const copy = tmp.file(`junk-${n}.planverk`);
    const f = openPlanFile(path, { readOnly: true });
    f.saveCopy(copy);
    f.close();
    const db = new Database(copy);
    const ts = `${new Date(Date.now() + 1000).toISOString()}-0000-ABCDEF0123456789`;
    db.prepare('INSERT INTO messages_crdt (timestamp, dataset, "row", "column", value) VALUES (?, ?, ?, ?, ?)').run(ts, 'comments', 'c-1', 'targetTable', '"plan"');
    db.close();
    const before = [sha256File(path), sha256File(copy)];
    const file = openPlanFile(path);
    expect(() => mergeFrom(file, copy)).toThrow(expect.objectContaining({ code: 'INVALID_COPY' }));
    file.close();
    expect([sha256File(path), sha256File(copy)]).toEqual(before);
  });
});
