// The versions.* calls through dispatch, as the app makes them; export.run with «Høringsutkast» makes a version.
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/services/api/dispatch';
import { createHandlers } from '../../../electron/services/api/handlers';
import { createSession } from '../../../electron/services/session';
import { openPlanFile } from '../../../electron/services/store';
import type { VersionListItem } from '../../../shared/api/calls/versions';
import type { PlanData } from '../../../shared/domain/plan';
import { canonicalPlanJson } from '../../../shared/interchange/planJson';
import { tempDir } from '../store/helpers';

const tmp = tempDir('planverk-version-calls-');
afterAll(() => tmp.cleanup());
const KARI = { id: 'kari-0001', name: 'Kari Nordmann', initials: 'KN', group: null };

function app(person = KARI) {
  const session = createSession({ recentFilePath: tmp.file(`recent-${person.id}.json`), person });
  const h = createHandlers(session);
  const call = async <T,>(name: string, args: unknown): Promise<T> => {
    const r = await dispatch(h, name, args);
    if (!r.ok) throw new Error(r.error.message);
    return r.value as T;
  };
  return { session, call, raw: (name: string, args: unknown) => dispatch(h, name, args) };
}

describe('versions.* calls', () => {
  it('makes, lists, shows read-only, exports, restores as a new file and deletes one\u2019s own version', async () => {
    const { session, call } = app();
    const path = tmp.file('plan.planverk');
    await call('file.new', { path, sample: true });
    const before = await call<PlanData>('plan.load', {});
    const v = await call<{ id: string }>('versions.make', { name: 'Før endring', note: 'Notat' });
    await call('plan.mutate', { changes: [{ table: 'plan', id: before.plan.id, column: 'title', value: 'Ny tittel etter versjonen' }] });
    const list = await call<VersionListItem[]>('versions.list', {});
    expect(list).toEqual([expect.objectContaining({ id: v.id, name: 'Før endring', note: 'Notat', author: KARI, mine: true })]);
    const view = await call<{ plan: PlanData }>('versions.view', { id: v.id });
    expect(view.plan.plan.title).toBe(before.plan.title);
    expect((await call<PlanData>('plan.load', {})).plan.title).toBe('Ny tittel etter versjonen');

    const out = tmp.file('versjon.html');
    await call('versions.export', { id: v.id, format: 'html', out });
    const html = readFileSync(out, 'utf8');
    expect(html).toContain(before.plan.title);
    expect(html).not.toContain('Ny tittel etter versjonen');

    const restored = tmp.file('gjenopprettet.planverk');
    expect(await call('versions.restore', { id: v.id, path: restored })).toEqual({ path: restored });
    expect(session.info()?.path).toBe(path);
    const file = openPlanFile(restored, { readOnly: true });
    expect(canonicalPlanJson(file.readPlan())).toBe(canonicalPlanJson(session.requireCurrent().readPlan()).replace('Ny tittel etter versjonen', before.plan.title));
    file.close();

    expect(await call('versions.delete', { id: v.id })).toEqual({ deleted: true });
    expect(await call('versions.list', {})).toEqual([]);
    session.close();
  });

  it('lets only the author delete a version made by someone else', async () => {
    const path = tmp.file('delt.planverk');
    const kari = app();
    await kari.call('file.new', { path, sample: false });
    const v = await kari.call<{ id: string }>('versions.make', { name: 'Karis' });
    kari.session.close();
    const ola = app({ id: 'ola-0001', name: 'Ola Nordmann', initials: 'ON', group: null });
    await ola.call('file.open', { path });
    expect((await ola.call<VersionListItem[]>('versions.list', {}))[0]).toMatchObject({ mine: false });
    expect(await ola.raw('versions.delete', { id: v.id })).toMatchObject({ ok: false, error: { message: 'Bare den som laget en versjon, kan slette den; versjonen er ikke slettet.' } });
    expect(await ola.call('versions.list', {})).toHaveLength(1);
    ola.session.close();
  });

  it('export.run with the «Høringsutkast» watermark makes a hearing-draft version of the plan as exported; a failed export makes none', async () => {
    const { session, call, raw } = app();
    await call('file.new', { path: tmp.file('horing.planverk'), sample: true });
    const exported = await call<PlanData>('plan.load', {});
    const refused = await raw('export.run', { format: 'html', out: tmp.file('horing.planverk'), watermark: 'horingsutkast' });
    expect(refused.ok).toBe(false);
    expect(await call('versions.list', {})).toEqual([]);
    const out = tmp.file('horing.html');
    await call('export.run', { format: 'html', out, watermark: 'horingsutkast' });
    expect(existsSync(out)).toBe(true);
    const [v] = await call<VersionListItem[]>('versions.list', {});
    expect(v).toMatchObject({ kind: 'hearingDraft', name: expect.stringMatching(/^Høringsutkast \d{2}\.\d{2}\.\d{4}$/) });
    await call('plan.mutate', { changes: [{ table: 'plan', id: exported.plan.id, column: 'title', value: 'Endret etter høringen' }] });
    const at = await call<{ plan: PlanData }>('versions.view', { id: v!.id });
    expect(at.plan.plan.title).toBe(exported.plan.title);
    expect(readFileSync(out, 'utf8')).toContain(exported.plan.title);
    session.close();
  });
});
