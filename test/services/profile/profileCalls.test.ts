// profile.* through the real dispatcher on real plan files and a real temp user-data folder: save the default → a new
// plan starts with it → apply it to another plan (one undo step); export → import round trip with the logo byte-identical;
// hostile, oversized, wrong-mime and bad-colour profile files refused with one Norwegian sentence and the plan unchanged.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/services/api/dispatch';
import { createHandlers } from '../../../electron/services/api/handlers';
import { DEFAULT_PROFILE_FILE } from '../../../electron/services/profile/defaultProfile';
import { MAX_PROFILE_FILE_BYTES } from '../../../electron/services/profile/profileFile';
import { createSession } from '../../../electron/services/session';
import type { CallName } from '../../../shared/api/contract';
import type { PlanView } from '../../../shared/domain/planView';
import { makePng } from '../../document/fixtures';
import { sha256File, tempDir } from '../store/helpers';

const tmp = tempDir('planverk-profile-');
afterAll(() => tmp.cleanup());

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const LOGO = makePng(40, 48, 3);

function openApi(name: string, userDataDir: string | undefined = tmp.file(`${name}-brukerdata`)) {
  const session = createSession({ recentFilePath: tmp.file(`${name}-recent.json`) });
  const handlers = createHandlers(session, userDataDir === undefined ? {} : { userDataDir });
  const raw = (call: CallName, args: unknown) => dispatch(handlers, call, args);
  const ok = async <T>(call: CallName, args: unknown = {}): Promise<T> => {
    const r = await raw(call, args);
    if (!r.ok) throw new Error(`${call}: ${r.error.code} ${r.error.message} ${r.error.detail ?? ''}`);
    return r.value as T;
  };
  const load = () => ok<PlanView>('plan.load');
  const asset = async (id: string) => Buffer.from((await ok<{ dataBase64: string }>('asset.get', { id })).dataBase64, 'base64');
  return { session, raw, ok, load, asset, userDataDir };
}

async function setProfile(api: ReturnType<typeof openApi>, color: string, font: string) {
  const frame = (await api.load()).plan;
  await api.ok('plan.mutate', {
    changes: [
      { table: 'plan', id: frame.id, column: 'profileColor', value: color },
      { table: 'plan', id: frame.id, column: 'profileFont', value: font },
      { table: 'plan', id: frame.id, column: 'municipality', value: 'Levanger' },
    ],
  });
  return api.ok<{ id: string }>('profile.setLogo', { name: 'vapen.png', mime: 'image/png', dataBase64: LOGO.toString('base64'), alt: 'Kommunevåpen for Levanger' });
}

describe('profile.setLogo', () => {
  it('stores the logo as an asset and sets it on the frame in one undo step; a PNG that is not one is refused', async () => {
    const api = openApi('logo');
    await api.ok('file.new', { path: tmp.file('logo.planverk'), sample: false });
    const { id } = await api.ok<{ id: string }>('profile.setLogo', { name: 'vapen.png', mime: 'image/png', dataBase64: LOGO.toString('base64'), alt: 'Kommunevåpen for Levanger' });
    expect(id).toBe(sha256(LOGO));
    const plan = await api.load();
    expect(plan.plan.profileLogoAssetId).toBe(id);
    expect(plan.assets.find((a) => a.id === id)).toMatchObject({ mime: 'image/png', alt: 'Kommunevåpen for Levanger', decorative: false, byteLength: LOGO.length });
    expect(sha256(await api.asset(id))).toBe(sha256(LOGO));

    await api.ok('plan.undo');
    expect((await api.load()).plan.profileLogoAssetId).toBeNull();

    const fake = await api.raw('profile.setLogo', { name: 'x.png', mime: 'image/png', dataBase64: Buffer.from('<html>nei</html>').toString('base64'), alt: '' });
    expect(fake.ok).toBe(false);
    if (!fake.ok) expect(fake.error.code).toBe('INVALID_PROFILE');
    const gif = await api.raw('profile.setLogo', { name: 'x.gif', mime: 'image/gif', dataBase64: 'R0lGOD', alt: '' });
    expect(gif.ok || gif.error.code).toBe('INVALID_ARGS');
    api.session.close();
  });
});

describe('default profile', () => {
  it('is saved in the user data folder, new non-sample plans start with it, and it applies to another plan as one undo step', async () => {
    const api = openApi('default');
    expect(await api.ok('profile.getDefault')).toBeNull();
    await api.ok('file.new', { path: tmp.file('kilde.planverk'), sample: false });
    await setProfile(api, '#7a1f3d', 'Georgia');
    const saved = await api.ok('profile.saveDefault');
    expect(saved).toEqual({ color: '#7a1f3d', font: 'Georgia', logo: { mime: 'image/png', name: 'vapen.png', alt: 'Kommunevåpen for Levanger', byteLength: LOGO.length } });
    expect(existsSync(join(api.userDataDir!, DEFAULT_PROFILE_FILE))).toBe(true);
    expect(await api.ok('profile.getDefault')).toEqual(saved);

    // A new empty plan starts with the profile, its logo among its assets with the same bytes.
    await api.ok('file.new', { path: tmp.file('ny.planverk'), sample: false });
    const fresh = await api.load();
    expect(fresh.plan).toMatchObject({ profileColor: '#7a1f3d', profileFont: 'Georgia', profileLogoAssetId: sha256(LOGO) });
    expect(sha256(await api.asset(sha256(LOGO)))).toBe(sha256(LOGO));
    // The sample plan stays the sample.
    await api.ok('file.new', { path: tmp.file('eksempel.planverk'), sample: true });
    expect((await api.load()).plan).toMatchObject({ profileColor: '#1f4e79', profileLogoAssetId: null });

    // Applied to another plan (the sample) as one mutation: one undo brings all three fields back.
    await api.ok('profile.applyDefault');
    expect((await api.load()).plan).toMatchObject({ profileColor: '#7a1f3d', profileFont: 'Georgia', profileLogoAssetId: sha256(LOGO) });
    await api.ok('plan.undo');
    expect((await api.load()).plan).toMatchObject({ profileColor: '#1f4e79', profileFont: 'Calibri', profileLogoAssetId: null });

    expect(await api.ok('profile.clearDefault')).toEqual({ removed: true });
    expect(await api.ok('profile.getDefault')).toBeNull();
    const none = await api.raw('profile.applyDefault', {});
    expect(none.ok).toBe(false);
    if (!none.ok) expect(none.error.message).toBe('Profilfilen kan ikke brukes fordi det ikke er lagret noen standardprofil; planen er ikke endret.');
    api.session.close();
  });

  it('a damaged default never stops a new plan, and without a user data folder there is no default', async () => {
    const api = openApi('skadet');
    mkdirSync(api.userDataDir!, { recursive: true });
    writeFileSync(join(api.userDataDir!, DEFAULT_PROFILE_FILE), '{"format":"planverk-profil",');
    await api.ok('file.new', { path: tmp.file('skadet.planverk'), sample: false });
    expect((await api.load()).plan).toMatchObject({ profileColor: '#1f4e79', profileFont: 'Calibri' });
    api.session.close();

    const without = createHandlers(createSession({}));
    expect(await dispatch(without, 'profile.getDefault', {})).toEqual({ ok: true, value: null });
  });
});

describe('.planverkprofil files', () => {
  it('round-trip colour, font, alt text and the logo byte for byte into another plan', async () => {
    const api = openApi('fil');
    await api.ok('file.new', { path: tmp.file('fil-kilde.planverk'), sample: false });
    await setProfile(api, '#004b87', 'Verdana');
    const { path } = await api.ok<{ path: string }>('profile.exportFile', { path: tmp.file('Levanger') });
    expect(path).toBe(tmp.file('Levanger.planverkprofil'));
    const json = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    expect(json).toMatchObject({ format: 'planverk-profil', version: 1, color: '#004b87', font: 'Verdana', logo: { mime: 'image/png', alt: 'Kommunevåpen for Levanger' } });

    await api.ok('file.new', { path: tmp.file('fil-mål.planverk'), sample: true });
    const imported = await api.ok<Record<string, unknown>>('profile.importFile', { path });
    expect(imported).toMatchObject({ color: '#004b87', font: 'Verdana' });
    const plan = await api.load();
    expect(plan.plan).toMatchObject({ profileColor: '#004b87', profileFont: 'Verdana' });
    const logo = plan.assets.find((a) => a.id === plan.plan.profileLogoAssetId);
    expect(logo?.alt).toBe('Kommunevåpen for Levanger');
    expect(sha256(await api.asset(plan.plan.profileLogoAssetId!))).toBe(sha256(LOGO));
    api.session.close();
  });

  const good = { format: 'planverk-profil', version: 1, color: '#004b87', font: 'Verdana', logo: { mime: 'image/png', name: 'v.png', alt: 'Våpen', dataBase64: LOGO.toString('base64') } };
  const bad: [string, string | Buffer, string][] = [
    ['not JSON', '{"format": "planverk-profil", ', 'Profilfilen kan ikke brukes fordi den ikke er gyldig JSON; planen er ikke endret.'],
    ['another format', JSON.stringify({ ...good, format: 'planverk-plan' }), 'Profilfilen kan ikke brukes fordi den ikke er en Planverk-profil; planen er ikke endret.'],
    ['a bad colour', JSON.stringify({ ...good, color: 'red; background:url(x)' }), 'Profilfilen kan ikke brukes fordi fargen må skrives som #rrggbb; planen er ikke endret.'],
    ['a wrong mime', JSON.stringify({ ...good, logo: { ...good.logo, mime: 'text/html' } }), 'Profilfilen kan ikke brukes fordi logoen må være PNG, JPEG eller SVG; planen er ikke endret.'],
    ['bytes that are not the claimed PNG', JSON.stringify({ ...good, logo: { ...good.logo, dataBase64: Buffer.from('MZ\x90\x00 exe').toString('base64') } }), 'Profilfilen kan ikke brukes fordi logoens innhold ikke er et bilde av typen filen oppgir; planen er ikke endret.'],
    ['an SVG with script', JSON.stringify({ ...good, logo: { ...good.logo, mime: 'image/svg+xml', dataBase64: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>').toString('base64') } }), 'Profilfilen kan ikke brukes fordi logoens innhold ikke er et bilde av typen filen oppgir; planen er ikke endret.'],
    ['a font with control characters', JSON.stringify({ ...good, font: 'Arial\u0000"/><w:b/>' }), 'Profilfilen kan ikke brukes fordi skrifttypen mangler eller er ugyldig; planen er ikke endret.'],
    ['an unknown field', JSON.stringify({ ...good, script: 'x' }), 'Profilfilen kan ikke brukes fordi feltet «profil» er ugyldig; planen er ikke endret.'],
    ['a newer version', JSON.stringify({ ...good, version: 3 }), 'Profilfilen kan ikke brukes fordi den er laget av en nyere versjon av Planverk; planen er ikke endret.'],
    ['an oversized logo', JSON.stringify({ ...good, logo: { ...good.logo, dataBase64: Buffer.concat([LOGO, Buffer.alloc(2 * 1024 * 1024)]).toString('base64') } }), 'Profilfilen kan ikke brukes fordi logoen er større enn 2 MB; planen er ikke endret.'],
    ['an oversized file', Buffer.alloc(MAX_PROFILE_FILE_BYTES + 1, 0x20), 'Profilfilen kan ikke brukes fordi den er for stor til å være en profil; planen er ikke endret.'],
  ];

  it.each(bad)('refuses a file with %s in one sentence and leaves the plan unchanged (sha256)', async (label, content, message) => {
    const api = openApi(`ond-${bad.findIndex((b) => b[0] === label)}`);
    const planPath = tmp.file(`ond-${label.replace(/\W+/g, '-')}.planverk`);
    await api.ok('file.new', { path: planPath, sample: true });
    const before = sha256File(planPath);
    const profilePath = tmp.file(`ond-${label.replace(/\W+/g, '-')}.planverkprofil`);
    writeFileSync(profilePath, content);
    const result = await api.raw('profile.importFile', { path: profilePath });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('INVALID_PROFILE');
      expect(result.error.message).toBe(message);
    }
    expect(sha256File(planPath)).toBe(before);
    expect(await api.ok('plan.undo')).toMatchObject({ done: false });
    api.session.close();
  });

  it('refuses a missing file in one sentence', async () => {
    const api = openApi('mangler');
    await api.ok('file.new', { path: tmp.file('mangler.planverk'), sample: true });
    const missing = await api.raw('profile.importFile', { path: tmp.file('finnes-ikke.planverkprofil') });
    expect(!missing.ok && missing.error.message).toBe('Profilfilen kan ikke brukes fordi filen ikke finnes eller ikke kan leses; planen er ikke endret.');
    api.session.close();
  });
});
