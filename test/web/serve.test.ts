// npm run web's start: without a file no plan is opened (the page shows its start screen, nothing is written into
// a sample); a given plan opens (read-only when another Planverk holds it); the picked folders are every --folder,
// the given plan's folder and the default documents folder.
import { mkdtempSync, readdirSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createSession, type Session } from '../../electron/services/session';
import { openStartPlan, parseWebArgs, webPlanFolders } from '../../electron/web/serve';

const sessions: Session[] = [];
const dirs: string[] = [];
const newSession = () => {
  const s = createSession();
  sessions.push(s);
  return s;
};
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'planverk-web-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const s of sessions.splice(0)) s.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('npm run web start', () => {
  it('opens no plan without a file: no sample plan is created or saved into', () => {
    const folder = tempDir();
    const session = newSession();
    expect(openStartPlan(session, undefined)).toBeNull();
    expect(session.info()).toBeNull();
    expect(readdirSync(folder)).toEqual([]);
  });

  it('opens a plan that another instance holds for writing read-only', () => {
    const folder = tempDir();
    const path = join(folder, 'Plan.planverk');
    const holder = newSession();
    holder.create(path, { sample: false });
    const viewer = newSession();
    expect(openStartPlan(viewer, path)).toBe(path);
    expect(viewer.info()).toMatchObject({ readOnly: true });
    expect(holder.info()).toMatchObject({ readOnly: false });
  });

  it('picks the --folder folders, the given plan folder and the default documents folder, as real paths', () => {
    const a = tempDir();
    const b = tempDir();
    const docs = join(tempDir(), 'Planverk');
    const args = parseWebArgs(['--port', '4000', '--folder', a, join(b, 'Plan.planverk'), '--folder', a]);
    expect(args).toMatchObject({ port: 4000, file: join(b, 'Plan.planverk') });
    expect(webPlanFolders(args, docs)).toEqual([realpathSync(a), realpathSync(b), realpathSync(docs)]);
  });
});
