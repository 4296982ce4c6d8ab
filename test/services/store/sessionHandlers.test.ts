import { createHash } from 'node:crypto';
import * as Y from 'yjs';
import { afterAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/services/api/dispatch';
import { createHandlers } from '../../../electron/services/api/handlers';
import { createSession } from '../../../electron/services/session';
import { YJS_FIELD, yStateToRichText } from '../../../shared/editor';
import type { PlanData } from '../../../shared/domain/plan';
import { tempDir } from './helpers';

const tmp = tempDir('planverk-session-');
afterAll(() => tmp.cleanup());

describe('session and handlers through dispatch', () => {
  it('creates, loads, edits, undoes, edits a chapter as Yjs, saves as and remembers recent files', async () => {
    const session = createSession({ recentFilePath: tmp.file('recent.json') });
    const h = createHandlers(session);
    const call = async (name: string, args: unknown) => {
      const r = await dispatch(h, name, args);
      if (!r.ok) throw new Error(`${name}: ${r.error.code} ${r.error.detail ?? ''}`);
      return r.value as never;
    };
    expect(await dispatch(h, 'plan.load', {})).toMatchObject({ ok: false, error: { code: 'NO_PLAN_OPEN' } });
    await call('file.new', { path: tmp.file('a.planverk'), sample: true });
    const plan: PlanData = await call('plan.load', {});
    expect(plan.themes.length).toBeGreaterThan(0);
    await call('plan.mutate', { changes: [{ table: 'plan', id: plan.plan.id, column: 'title', value: 'Endret' }] });
    expect(((await call('plan.load', {})) as PlanData).plan.title).toBe('Endret');
    expect(await call('plan.undo', {})).toMatchObject({ done: true });
    expect(((await call('plan.load', {})) as PlanData).plan.title).toBe(plan.plan.title);
    expect(await dispatch(h, 'plan.mutate', { changes: [{ table: 'plan', id: plan.plan.id, column: 'malform', value: 'de' }] })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGS' },
    });

    const chapter = plan.chapters.find((c) => (c.body.content?.length ?? 0) > 0)!;
    const { stateBase64 } = (await call('chapter.state', { chapterId: chapter.id })) as { stateBase64: string };
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Buffer.from(stateBase64, 'base64'));
    const before = Y.encodeStateVector(doc);
    const para = new Y.XmlElement('paragraph');
    para.insert(0, [new Y.XmlText('Nytt avsnitt fra editoren.')]);
    doc.getXmlFragment(YJS_FIELD).push([para]);
    const update = Y.encodeStateAsUpdate(doc, before);
    await call('chapter.appendUpdate', { chapterId: chapter.id, updateBase64: Buffer.from(update).toString('base64') });
    const body = ((await call('plan.load', {})) as PlanData).chapters.find((c) => c.id === chapter.id)!.body;
    expect(body).toEqual(yStateToRichText(doc));
    expect(JSON.stringify(body)).toContain('Nytt avsnitt fra editoren.');

    await call('file.saveAs', { path: tmp.file('b.planverk') });
    expect(await call('file.current', {})).toMatchObject({ name: 'b.planverk', readOnly: false, problem: null });
    expect(await call('file.recent', {})).toEqual([tmp.file('b.planverk'), tmp.file('a.planverk')]);
    session.close();
  });
});

describe('opening the plan that is already open', () => {
  it('keeps the open plan (no clash with its own lock) and keeps its undo history', async () => {
    const session = createSession();
    const h = createHandlers(session);
    const path = tmp.file('same.planverk');
    const created = await dispatch(h, 'file.new', { path, sample: false });
    expect(created.ok).toBe(true);
    const plan = session.requireCurrent().readPlan();
    session.requireCurrent().mutate([{ table: 'plan', id: plan.plan.id, column: 'title', value: 'Før gjenåpning' }]);
    const before = session.requireCurrent();
    expect(await dispatch(h, 'file.open', { path })).toMatchObject({ ok: true, value: { path, readOnly: false, problem: null } });
    expect(session.requireCurrent()).toBe(before);
    expect(session.requireCurrent().canUndo()).toBe(true);
    session.close();
  });
});

describe('asset.add', () => {
  it('stores the bytes under their sha256 and brings a removed asset back when the same bytes are added again', async () => {
    const session = createSession();
    const h = createHandlers(session);
    await dispatch(h, 'file.new', { path: tmp.file('assets.planverk'), sample: false });
    const bytes = Buffer.from('ikke egentlig et bilde, men bytes er bytes');
    const args = { name: 'figur.png', mime: 'image/png', dataBase64: bytes.toString('base64'), alt: 'Figur med tall', decorative: false };
    const added = await dispatch(h, 'asset.add', args);
    if (!added.ok) throw new Error(added.error.code);
    const id = (added.value as { id: string }).id;
    expect(id).toBe(createHash('sha256').update(bytes).digest('hex'));
    session.requireCurrent().mutate([{ table: 'assets', id, column: 'tombstone', value: 1 }]);
    expect(session.requireCurrent().readPlan().assets.map((a) => a.id)).not.toContain(id);
    expect((await dispatch(h, 'asset.add', args)).ok).toBe(true);
    const again = session.requireCurrent().readPlan().assets.find((a) => a.id === id);
    expect(again).toMatchObject({ alt: 'Figur med tall', dataBase64: bytes.toString('base64') });
    session.close();
  });
});
