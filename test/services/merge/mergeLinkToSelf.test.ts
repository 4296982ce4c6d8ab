// Issue 12 item 9: a symbolic or hard link to the open plan is the plan itself: merging it is refused as the same file,
// with no backup written and the plan byte for byte as it was.
import { linkSync, readdirSync, symlinkSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { runCliCaptured } from '../../cli/capture';
import { dispatch } from '../../../electron/services/api/dispatch';
import { createHandlers } from '../../../electron/services/api/handlers';
import { createSession } from '../../../electron/services/session';
import { createPlanFile } from '../../../electron/services/store';
import { sha256File, smallPlan, tempDir } from '../store/helpers';

const tmp = tempDir('planverk-merge-self-');
afterAll(() => tmp.cleanup());
const SAME_FILE = 'Det er denne planen som er åpen; velg kopien som kom tilbake.';

describe('merging a link to the plan itself (issue 12 item 9)', () => {
  it('refuses a symbolic link and a hard link to the open plan in merge.preview and merge.run, writing no backup', async () => {
    const plan = tmp.file('Plan.planverk');
    createPlanFile(plan, smallPlan()).close();
    symlinkSync(plan, tmp.file('Kopi (symlenke).planverk'));
    linkSync(plan, tmp.file('Kopi (hardlenke).planverk'));
    const session = createSession({ recentFilePath: tmp.file('recent.json') });
    const handlers = createHandlers(session);
    expect((await dispatch(handlers, 'file.open', { path: plan })).ok).toBe(true);
    const before = sha256File(plan);
    const listing = readdirSync(tmp.dir).sort();
    try {
      for (const link of ['Kopi (symlenke).planverk', 'Kopi (hardlenke).planverk']) {
        for (const call of ['merge.preview', 'merge.run']) {
          const r = await dispatch(handlers, call, { path: tmp.file(link) });
          expect(r.ok, `${call} ${link}`).toBe(false);
          if (!r.ok) expect(r.error.message).toBe(SAME_FILE);
        }
      }
      expect(sha256File(plan)).toBe(before);
      expect(readdirSync(tmp.dir).sort()).toEqual(listing);
    } finally {
      session.close();
    }
  });

  it('the CLI’s merge refuses a link to the plan as the same file', async () => {
    const plan = tmp.file('Cli.planverk');
    createPlanFile(plan, smallPlan()).close();
    linkSync(plan, tmp.file('Cli-hard.planverk'));
    const before = sha256File(plan);
    const listing = readdirSync(tmp.dir).sort();
    const { code, err } = await runCliCaptured('merge', plan, tmp.file('Cli-hard.planverk'));
    expect(code).not.toBe(0);
    expect(err.join('\n')).toContain(SAME_FILE);
    expect(sha256File(plan)).toBe(before);
    expect(readdirSync(tmp.dir).sort()).toEqual(listing);
  });
});
