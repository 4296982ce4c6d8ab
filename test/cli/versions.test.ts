// `npm run cli -- versions` / `version` (issue 16), and the version every «Høringsutkast» export makes.
import { afterAll, describe, expect, it } from 'vitest';
import { createPlanFile } from '../../electron/services/store';
import { hearingDraftVersionName, type VersionInfo } from '../../shared/domain/version';
import { sha256File, smallPlan, tempDir } from '../services/store/helpers';
import { runCliCaptured } from './capture';

const tmp = tempDir('planverk-cli-versions-');
afterAll(() => tmp.cleanup());
let n = 0;
const fresh = (): string => {
  const path = tmp.file(`plan${++n}.planverk`);
  createPlanFile(path, smallPlan()).close();
  return path;
};
const listed = async (path: string): Promise<VersionInfo[]> => {
  const r = await runCliCaptured('versions', path, '--json');
  expect(r.code).toBe(0);
  return JSON.parse(r.out.join('\n')) as VersionInfo[];
};

describe('cli versions and version', () => {
  it('makes a named version with a note and lists it with name, date and author, as text and as JSON', async () => {
    const path = fresh();
    expect((await runCliCaptured('versions', path)).out).toEqual(['Planen har ingen versjoner.']);
    const made = await runCliCaptured('version', path, '--name', 'Vedtatt plan', '--note', 'Kommunestyret 12.06.', '--author', 'Kari Nordmann');
    expect(made.code).toBe(0);
    expect(made.out[0]).toMatch(/^Lagret versjonen «Vedtatt plan» \(/);
    const [v] = await listed(path);
    expect(v).toMatchObject({ name: 'Vedtatt plan', note: 'Kommunestyret 12.06.', kind: 'named', author: { name: 'Kari Nordmann', initials: 'KN' } });
    expect(Date.now() - Date.parse(v!.createdAt)).toBeLessThan(60_000);
    const text = await runCliCaptured('versions', path);
    expect(text.out[0]).toMatch(/^Vedtatt plan\t\d{2}\.\d{2}\.\d{4} kl\. \d{2}\.\d{2}\tKari Nordmann \(KN\)\t/);
    expect(text.out[0]).toContain('\n\tKommunestyret 12.06.');
  });

  it('refuses a version without a name in one sentence and leaves the file byte for byte', async () => {
    const path = fresh();
    const before = sha256File(path);
    const blank = await runCliCaptured('version', path, '--name', '  ', '--author', 'Kari Nordmann');
    expect(blank.code).not.toBe(0);
    expect(blank.err.join('\n')).toContain('En versjon må ha et navn; ingen versjon er laget.');
    const missing = await runCliCaptured('version', path);
    expect(missing.code).not.toBe(0);
    expect(sha256File(path)).toBe(before);
  });

  it('makes «Høringsutkast dd.mm.åååå» at an export with the Høringsutkast watermark, and none at other exports', async () => {
    const path = fresh();
    const plain = await runCliCaptured('export', path, '--format', 'html', '--out', tmp.file('utkast.html'), '--watermark', 'utkast');
    expect(plain.code).toBe(0);
    expect(await listed(path)).toEqual([]);
    const hearing = await runCliCaptured('export', path, '--format', 'html', '--out', tmp.file('horing.html'), '--watermark', 'horingsutkast', '--author', 'Kari Nordmann');
    expect(hearing.code).toBe(0);
    const name = hearingDraftVersionName(new Date());
    expect(hearing.out).toContain(`Lagret versjonen «${name}»`);
    const [v] = await listed(path);
    expect(v).toMatchObject({ name, kind: 'hearingDraft', author: { name: 'Kari Nordmann' } });
    expect(name).toMatch(/^Høringsutkast \d{2}\.\d{2}\.\d{4}$/);
  });
});
