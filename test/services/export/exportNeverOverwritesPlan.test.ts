// Issue 12 item 8: no export (CLI export/export-json, the API's export.run/export.start, the matrix's xlsx)
// may replace a plan file: the open plan, a link to it, or any file that is a plan by name or by content.
import { copyFileSync, existsSync, linkSync, readdirSync, symlinkSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { runCliCaptured as cli } from '../../cli/capture';
import { dispatch } from '../../../electron/services/api/dispatch';
import { createHandlers } from '../../../electron/services/api/handlers';
import { createSession } from '../../../electron/services/session';
import { createPlanFile } from '../../../electron/services/store';
import { ERROR_MESSAGES } from '../../../shared/api/errors';
import { sha256File, smallPlan, tempDir } from '../store/helpers';

const tmp = tempDir('planverk-export-target-');
afterAll(() => tmp.cleanup());

const REFUSAL = ERROR_MESSAGES.TARGET_IS_PLAN;

/** A plan plus every disguise of it as an output path: symlink, hard link, a copy renamed .docx, another .planverk. */
function planAndDisguises(name: string) {
  const plan = tmp.file(`${name}.planverk`);
  createPlanFile(plan, smallPlan()).close();
  const other = tmp.file(`${name}-annen.planverk`);
  createPlanFile(other, smallPlan()).close();
  const symlink = tmp.file(`${name}-symlenke.html`);
  symlinkSync(plan, symlink);
  const hardLink = tmp.file(`${name}-hardlenke.docx`);
  linkSync(plan, hardLink);
  const renamed = tmp.file(`${name}-omdøpt.pdf`);
  copyFileSync(other, renamed);
  return { plan, targets: [plan, other, symlink, hardLink, renamed, tmp.file(`${name}-ny.PLANVERK`), `${plan}-journal`] };
}

/** sha256 of every file in the folder (links followed), to show that nothing changed. */
function folderState(): Record<string, string> {
  return Object.fromEntries(readdirSync(tmp.dir).filter((f) => existsSync(tmp.file(f))).map((f) => [f, sha256File(tmp.file(f))]));
}


describe('export never overwrites a plan (issue 12 item 8)', () => {
  it('CLI export --out the plan itself, a link to it, another plan or a plan under another name is refused for every format', async () => {
    const { plan, targets } = planAndDisguises('cli');
    const before = folderState();
    for (const out of targets) {
      for (const format of ['html', 'docx', 'pdf']) {
        const r = await cli('export', plan, '--format', format, '--out', out);
        expect(r.code, `${format} → ${out}`).toBe(1);
        expect(r.err).toHaveLength(1);
        expect(r.err[0]).toContain(REFUSAL);
      }
      const json = await cli('export-json', plan, '--out', out);
      expect(json.err[0], `json → ${out}`).toContain(REFUSAL);
    }
    expect(folderState()).toEqual(before);
    expect(existsSync(`${plan}-journal`)).toBe(false);
    // An ordinary target still works.
    expect((await cli('export', plan, '--format', 'html', '--out', tmp.file('cli.html'))).code).toBe(0);
  });

  it('the API’s export.run, export.start and matrix.exportXlsx refuse the open plan, links to it and other plans', async () => {
    const { plan, targets } = planAndDisguises('api');
    const session = createSession({ recentFilePath: tmp.file('api-recent.json') });
    const handlers = createHandlers(session);
    const opened = await dispatch(handlers, 'file.open', { path: plan });
    expect(opened.ok).toBe(true);
    const before = folderState();
    for (const out of targets) {
      const calls: [string, unknown][] = [
        ['export.run', { format: 'html', out }],
        ['export.start', { format: 'docx', out }],
        ['matrix.exportXlsx', { path: out }],
      ];
      for (const [call, args] of calls) {
        const r = await dispatch(handlers, call, args);
        expect(r.ok, `${call} → ${out}`).toBe(false);
        if (!r.ok) expect(r.error).toMatchObject({ code: 'TARGET_IS_PLAN', message: REFUSAL });
      }
    }
    expect(folderState()).toEqual(before);
    session.close();
  });
});
