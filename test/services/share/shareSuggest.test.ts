// «Del på e-post … mottakerne foreslår endringer» (issue 15): the shared copy is marked so that its recipients start in
// suggestion mode (file.current says so; the chapter editor starts with «Foreslå endringer» on), the letter says it,
// the plan itself is left byte for byte, and an ordinary share of such a copy is unmarked again.
import { readFileSync } from 'node:fs';
import { simpleParser } from 'mailparser';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/services/api/dispatch';
import { createHandlers } from '../../../electron/services/api/handlers';
import { createSession, type Session } from '../../../electron/services/session';
import { createPlanFile } from '../../../electron/services/store';
import type { ArgsOf, CallName, ResultOf } from '../../../shared/api/contract';
import type { ApiResult } from '../../../shared/api/errors';
import { buildSamplePlan } from '../../../shared/sample/samplePlan';
import { buildMenuTemplate, type MenuActions } from '../../../electron/shell/menu';
import { sha256File, tempDir } from '../store/helpers';

const tmp = tempDir('planverk-sharesuggest-');
afterAll(() => tmp.cleanup());
const sessions: Session[] = [];
afterEach(() => {
  for (const s of sessions.splice(0)) s.close();
});
let n = 0;

function opened(path: string) {
  const session = createSession({ person: { id: 'p-radgiver', name: 'Rådgiver Rå', initials: 'RR', group: null } });
  sessions.push(session);
  session.open(path);
  const handlers = createHandlers(session, { outDir: tmp.file(`utkast-${++n}`) });
  return async <K extends CallName>(name: K, args: ArgsOf<K>): Promise<ResultOf<K>> => {
    const r = (await dispatch(handlers, name, args)) as ApiResult<ResultOf<K>>;
    if (!r.ok) throw new Error(`${name}: ${r.error.code} ${r.error.message}`);
    return r.value;
  };
}

describe('«Del på e-post – mottakerne foreslår endringer»', () => {
  it('marks the shared copy so that it opens in suggestion mode, says so in the letter, and leaves the plan byte for byte', async () => {
    const plan = tmp.file(`Plan ${++n}.planverk`);
    createPlanFile(plan, buildSamplePlan()).close();
    const call = opened(plan);
    expect((await call('file.current', {}))!.suggestPreset).toBeUndefined();
    const before = sha256File(plan);
    const shared = await call('file.shareByEmail', { suggest: true });
    expect(sha256File(plan)).toBe(before);
    const mail = await simpleParser(readFileSync(shared.emlPath));
    expect(mail.text).toContain('«Foreslå endringer» slått på');
    const plain = await call('file.shareByEmail', {});
    expect((await simpleParser(readFileSync(plain.emlPath))).text).not.toContain('Foreslå endringer');

    const recipient = opened(shared.copyPath);
    expect((await recipient('file.current', {}))!.suggestPreset).toBe(true);
    // An ordinary share of the recipient's copy is an ordinary copy again.
    const onward = await recipient('file.shareByEmail', {});
    expect((await opened(onward.copyPath)('file.current', {}))!.suggestPreset).toBeUndefined();
    expect((await opened(plain.copyPath)('file.current', {}))!.suggestPreset).toBeUndefined();
  });

  it('the desktop menu has the item and it shares with suggest; the plain item shares without (the clicked menu item is not read as a flag)', () => {
    const calls: unknown[] = [];
    const noop = () => {};
    const actions: MenuActions = { newPlan: noop, openPlan: noop, openRecent: noop, saveAs: noop, shareByEmail: (s) => calls.push(s), mergeCopy: noop, exportPlan: noop, undo: noop, redo: noop, about: noop };
    const file = buildMenuTemplate({ platform: 'linux', recent: [], devTools: false }, actions)[0]!;
    const items = file.submenu as { label?: string; click?: (...args: unknown[]) => void }[];
    items.find((i) => i.label === 'Del på e-post…')!.click!({ label: 'menu item' }, null, {});
    items.find((i) => i.label === 'Del på e-post – mottakerne foreslår endringer…')!.click!({ label: 'menu item' }, null, {});
    expect(calls).toEqual([undefined, true]);
  });
});
