// A refusal thrown in the services crosses the API as code + sentence key + params (with its bokmål message for the CLI)
// and the renderer's client says it in the UI language: the real dispatcher and services on real files, the client
// the renderer uses, set to nynorsk or English.
import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/services/api/dispatch';
import { createHandlers } from '../../../electron/services/api/handlers';
import { createSession } from '../../../electron/services/session';
import { createApiClient } from '../../../renderer/api/apiClient';
import type { Transport } from '../../../renderer/api/transport';
import type { UiLanguage } from '../../../shared/i18n';
import { tempDir } from '../../services/store/helpers';

const tmp = tempDir('planverk-errorlang-');
afterAll(() => tmp.cleanup());

function clients(name: string) {
  const session = createSession({ recentFilePath: tmp.file(`${name}-recent.json`) });
  const handlers = createHandlers(session, { userDataDir: tmp.file(`${name}-data`) });
  const transport: Transport = { kind: 'http', invoke: (call, args) => dispatch(handlers, call, args), onShellEvent: () => () => {} };
  return { raw: transport, client: (lang: UiLanguage) => createApiClient(transport, () => lang) };
}

describe('service errors in the UI language', () => {
  it('a missing plan file: code across the API, bokmål message for the CLI, nynorsk and English in the client', async () => {
    const { raw, client } = clients('missing');
    const path = tmp.file('finst-ikkje.planverk');
    const sent = await raw.invoke('file.open', { path });
    expect(sent).toMatchObject({ ok: false, error: { code: 'NOT_FOUND_FILE', message: 'Filen finnes ikke.' } });
    expect(await client('nn').call('file.open', { path })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND_FILE', message: 'Fila finst ikkje.' } });
    expect(await client('en').call('file.open', { path })).toMatchObject({ ok: false, error: { message: 'The file does not exist.' } });
  });

  it('a refused profile file: the reason inside the sentence is said in the same language', async () => {
    const { raw, client } = clients('profile');
    await client('nn').call('file.new', { path: tmp.file('profil.planverk'), sample: false });
    const bad = tmp.file('feil.planverkprofil');
    writeFileSync(bad, 'ikkje json {');
    const sent = await raw.invoke('profile.importFile', { path: bad });
    expect(sent).toMatchObject({
      ok: false,
      error: { code: 'INVALID_PROFILE', message: 'Profilfilen kan ikke brukes fordi den ikke er gyldig JSON; planen er ikke endret.', sentence: { key: 'profileRefused', params: { reason: { key: 'profile.notJson' } } } },
    });
    const nn = await client('nn').call('profile.importFile', { path: bad });
    expect(nn.ok ? null : nn.error.message).toBe('Profilfila kan ikkje brukast fordi ho ikkje er gyldig JSON; planen er ikkje endra.');
    const en = await client('en').call('profile.importFile', { path: bad });
    expect(en.ok ? null : en.error.message).toBe('The profile file cannot be used because it is not valid JSON; the plan was not changed.');
  });

  it('a folder chosen as a Word document: the file kind and its name are said in nynorsk', async () => {
    const { client } = clients('docx');
    await client('nb').call('file.new', { path: tmp.file('word.planverk'), sample: false });
    mkdirSync(tmp.file('mappe.docx'));
    const nb = await client('nb').call('import.docx', { path: tmp.file('mappe.docx') });
    expect(nb.ok ? null : nb.error.message).toBe('Word-dokumentet «mappe.docx» er ikke en vanlig fil; ingenting er lest eller endret.');
    const nn = await client('nn').call('import.docx', { path: tmp.file('mappe.docx') });
    expect(nn.ok ? null : nn.error.message).toBe('Word-dokumentet «mappe.docx» er ikkje ei vanleg fil; ingenting er lese eller endra.');
  });
});
