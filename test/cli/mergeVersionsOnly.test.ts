// A copy whose only news is a version (issue 16), merged from the CLI as a user runs it: `merge --preview` says the
// plan itself does not change and names the version (not «Kopien har ingenting …»), leaving both files untouched; the
// merge takes the version in; a copy that deleted a version the plan still lists says that by name too.
import { afterAll, describe, expect, it } from 'vitest';
import { createPlanFile, openPlanFile } from '../../electron/services/store';
import { makeVersion } from '../../electron/services/versions/makeVersion';
import { deleteVersion, listVersions } from '../../electron/services/versions/versionService';
import { buildSamplePlan } from '../../shared/sample/samplePlan';
import { sha256File, tempDir } from '../services/store/helpers';
import { runCliText } from './capture';

const tmp = tempDir('planverk-merge-versions-');
afterAll(() => tmp.cleanup());

const person = { id: 'ola', name: 'Ola Hansen', initials: 'OH', group: null };

/** A plan and the copy sent out from it (after `first`, done in the plan before the copy is made). */
function planAndCopy(name: string, first?: (file: ReturnType<typeof openPlanFile>) => void): { plan: string; copy: string } {
  const plan = tmp.file(`${name}.planverk`);
  const copy = tmp.file(`${name} – kopi.planverk`);
  createPlanFile(plan, buildSamplePlan()).close();
  const file = openPlanFile(plan, { author: person });
  first?.(file);
  file.saveCopy(copy);
  file.close();
  return { plan, copy };
}

describe('cli merge: a copy that brings only versions', () => {
  it('a copy whose only news is a named version: the preview says the plan itself does not change and names the version; the merge takes it in', async () => {
    const { plan, copy } = planAndCopy('bare-versjon');
    const made = await runCliText('version', copy, '--name', 'Vedtatt i arbeidsgruppen', '--author', 'Ola Hansen');
    expect(made.code, made.err).toBe(0);
    const before = [sha256File(plan), sha256File(copy)];
    const preview = await runCliText('merge', plan, copy, '--preview');
    expect(preview.code, preview.err).toBe(0);
    expect(preview.out.split('\n')).toEqual(['Sammenslåingen vil gi: ingen endring i selve planen, bare i listen over versjoner:', '  Ny versjon: «Vedtatt i arbeidsgruppen»']);
    expect([sha256File(plan), sha256File(copy)]).toEqual(before);
    const merged = await runCliText('merge', plan, copy);
    expect(merged.code, merged.err).toBe(0);
    expect(merged.out).toContain('Ny versjon: «Vedtatt i arbeidsgruppen»');
    const file = openPlanFile(plan, { readOnly: true });
    expect(listVersions(file).map((v) => v.name)).toEqual(['Vedtatt i arbeidsgruppen']);
    file.close();
    expect((await runCliText('merge', plan, copy, '--preview')).out).toBe('Kopien har ingenting som ikke allerede er i planen.');
  });

  it('a copy that deleted a version the plan still lists: the preview names the deleted version', async () => {
    let id = '';
    const { plan, copy } = planAndCopy('slettet-versjon', (file) => {
      id = makeVersion(file, { name: 'Utkast til arbeidsgruppene', author: person }).id;
    });
    const copyFile = openPlanFile(copy, { author: person });
    deleteVersion(copyFile, id, person);
    copyFile.close();
    const preview = await runCliText('merge', plan, copy, '--preview');
    expect(preview.code, preview.err).toBe(0);
    expect(preview.out.split('\n')).toEqual(['Sammenslåingen vil gi: ingen endring i selve planen, bare i listen over versjoner:', '  Versjon slettet i kopien: «Utkast til arbeidsgruppene»']);
  });
});
