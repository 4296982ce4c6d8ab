// npm run web's start plan: the sample plan is made once in the data folder and reused with the user's edits;
// a plan locked by another Planverk is opened read-only instead of refused.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildSamplePlan } from '../../shared/sample/samplePlan';
import { createSession, type Session } from '../../electron/services/session';
import { openStartPlan, SAMPLE_FILE_NAME } from '../../electron/web/serve';

const sessions: Session[] = [];
const dirs: string[] = [];
const newSession = () => {
  const s = createSession();
  sessions.push(s);
  return s;
};
afterEach(() => {
  for (const s of sessions.splice(0)) s.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('npm run web start plan', () => {
  it('creates the sample plan on first start and reopens the same file, with its edits, the next time', () => {
    const folder = mkdtempSync(join(tmpdir(), 'planverk-web-'));
    dirs.push(folder);
    const first = newSession();
    const path = openStartPlan(first, undefined, folder);
    expect(path).toBe(join(folder, SAMPLE_FILE_NAME));
    const plan = first.requireCurrent().readPlan();
    expect(plan.plan.title).toBe(buildSamplePlan().plan.title);
    first.requireCurrent().mutate([{ table: 'plan', id: plan.plan.id, column: 'title', value: 'Min utgave' }]);
    first.close();

    const second = newSession();
    expect(openStartPlan(second, undefined, folder)).toBe(path);
    expect(second.requireCurrent().readPlan().plan.title).toBe('Min utgave');
  });

  it('opens a plan that another instance holds for writing read-only', () => {
    const folder = mkdtempSync(join(tmpdir(), 'planverk-web-'));
    dirs.push(folder);
    const holder = newSession();
    const path = openStartPlan(holder, undefined, folder);
    const viewer = newSession();
    expect(openStartPlan(viewer, path, folder)).toBe(path);
    expect(viewer.info()).toMatchObject({ readOnly: true });
    expect(holder.info()).toMatchObject({ readOnly: false });
  });
});
