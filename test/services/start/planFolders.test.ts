// Browser mode's file rule at the bridge: plan paths from the page must lie directly in a picked folder (symlinks
// resolved) and end in .planverk; everything else is OUTSIDE_FOLDERS with the files untouched. The start calls create
// plans from the kind's template and sample copies inside the folders only, never over an existing file.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ERROR_MESSAGES } from '../../../shared/api/errors';
import { emptyPlan } from '../../../shared/domain/emptyPlan';
import { buildSamplePlan } from '../../../shared/sample/samplePlan';
import { dispatch } from '../../../electron/services/api/dispatch';
import { createHandlers } from '../../../electron/services/api/handlers';
import { createSession, type Session } from '../../../electron/services/session';
import { createPlanFile } from '../../../electron/services/store';
import { confineToFolders, preparePlanFolders } from '../../../electron/services/start/planFolders';

const sessions: Session[] = [];
afterEach(() => sessions.splice(0).forEach((s) => s.close()));

function setup() {
  const root = mkdtempSync(join(tmpdir(), 'planverk-folders-'));
  const picked = join(root, 'Planer');
  const outside = join(root, 'Utenfor');
  mkdirSync(outside);
  const folders = preparePlanFolders([picked]);
  const session = createSession({ recentFilePath: join(root, 'recent.json') });
  sessions.push(session);
  const handlers = confineToFolders(createHandlers(session, { planFolders: folders }), folders);
  const call = (name: string, args: unknown) => dispatch(handlers, name, args) as Promise<{ ok: boolean; value?: never; error?: { code: string; message: string } }>;
  return { root, picked: folders[0]!, outside, session, call };
}

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('browser mode: plan files only in the picked folders', () => {
  it('refuses open, new, new from a template, save as and merge (one copy or several) of paths outside the folders, through .. and through a symlink, files untouched', async () => {
    const { picked, outside, session, call } = setup();
    const planOutside = join(outside, 'Annen.planverk');
    createPlanFile(planOutside, emptyPlan()).close();
    const before = sha(planOutside);
    symlinkSync(planOutside, join(picked, 'Lenke.planverk'));
    symlinkSync(outside, join(picked, 'Undermappe'));
    const attempts: [string, unknown][] = [
      ['file.open', { path: planOutside }],
      ['file.open', { path: join(picked, '..', 'Utenfor', 'Annen.planverk') }],
      ['file.open', { path: join(picked, 'Lenke.planverk') }],
      ['file.new', { path: join(picked, 'Undermappe', 'Ny.planverk'), sample: false }],
      ['file.new', { path: '/etc/passwd', sample: false }],
      ['file.new', { path: join(picked, 'ikke-plan.txt'), sample: false }],
      ['file.saveAs', { path: join(outside, 'Kopi.planverk') }],
      ['merge.preview', { path: planOutside }],
      ['merge.run', { path: planOutside }],
      ['file.newFromTemplate', { path: join(outside, 'Mal.planverk'), kind: 'planprogram' }],
      ['merge.previewCopies', { paths: [join(picked, 'Lenke.planverk')] }],
      ['merge.runCopies', { paths: [join(picked, 'Ny.planverk'), planOutside] }],
    ];
    for (const [name, args] of attempts) {
      const result = await call(name, args);
      expect(result.ok, `${name} ${JSON.stringify(args)}`).toBe(false);
      expect(result.error).toMatchObject({ code: 'OUTSIDE_FOLDERS', message: ERROR_MESSAGES.OUTSIDE_FOLDERS });
    }
    expect(sha(planOutside)).toBe(before);
    expect(session.info()).toBeNull();
  });

  it('creates a plan of the chosen kind and målform in a picked folder, and lists it with its title and last change', async () => {
    const { picked, call } = setup();
    const created = await call('start.newPlan', { kind: 'planprogram', malform: 'nn', folder: picked, name: 'Planprogram for Eksempel' });
    expect(created.ok).toBe(true);
    const plan = (await call('plan.load', {})).value as unknown as { plan: { planType: string; malform: string; title: string } };
    expect(plan.plan).toMatchObject({ planType: 'planprogram', malform: 'nn' });
    const overview = (await call('start.overview', {})).value as unknown as { folders: { path: string; plans: { name: string; title: string; changedAt: string }[] }[]; recent: { path: string }[] };
    expect(overview.folders[0]!.path).toBe(picked);
    expect(overview.folders[0]!.plans).toEqual([expect.objectContaining({ name: 'Planprogram for Eksempel.planverk', title: plan.plan.title, changedAt: expect.any(String) })]);
    expect(overview.recent[0]!.path).toBe(join(picked, 'Planprogram for Eksempel.planverk'));
    // The same name again is refused, the existing file untouched.
    const path = join(picked, 'Planprogram for Eksempel.planverk');
    const before = sha(path);
    expect((await call('start.newPlan', { kind: 'kommunedelplan', malform: 'nb', folder: picked, name: 'Planprogram for Eksempel' })).error?.code).toBe('TARGET_EXISTS');
    expect(sha(path)).toBe(before);
    // A folder that was not picked, and a name with a separator, are refused.
    expect((await call('start.newPlan', { kind: 'kommunedelplan', malform: 'nb', folder: '/tmp', name: 'X' })).error?.code).toBe('OUTSIDE_FOLDERS');
    expect((await call('start.newPlan', { kind: 'kommunedelplan', malform: 'nb', folder: picked, name: '../X' })).error?.code).toBe('INVALID_ARGS');
  });

  it('«Prøv eksempelplanen» makes a new copy each time, never over an existing file, with the sample content', async () => {
    const { picked, call } = setup();
    const first = await call('start.sampleCopy', {});
    expect((first.value as unknown as { path: string }).path).toBe(join(picked, 'Eksempelplan.planverk'));
    await call('plan.mutate', {
      changes: [{ table: 'plan', id: buildSamplePlan().plan.id, column: 'title', value: 'Min øving' }],
    });
    const before = sha(join(picked, 'Eksempelplan.planverk'));
    const second = await call('start.sampleCopy', {});
    expect((second.value as unknown as { path: string }).path).toBe(join(picked, 'Eksempelplan 2.planverk'));
    expect(((await call('plan.load', {})).value as unknown as { plan: { title: string } }).plan.title).toBe(buildSamplePlan().plan.title);
    expect(sha(join(picked, 'Eksempelplan.planverk'))).toBe(before);
  });

  it('opens a plan in a picked folder by its path', async () => {
    const { picked, call } = setup();
    const path = join(picked, 'Plan.planverk');
    createPlanFile(path, emptyPlan()).close();
    writeFileSync(join(picked, 'notat.txt'), 'ikke en plan');
    expect(await call('file.open', { path })).toMatchObject({ ok: true, value: { path } });
  });
});
