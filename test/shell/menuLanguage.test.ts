// The desktop menu speaks the UI language the renderer reports: app.uiLanguage reaches the shell, which rebuilds the
// menu; in nynorsk and English no label is the bokmål one (except words the languages share), every action still works.
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../electron/services/api/dispatch';
import { createHandlers } from '../../electron/services/api/handlers';
import { createSession } from '../../electron/services/session';
import type { UiLanguage } from '../../shared/i18n';

vi.mock('electron', () => ({}));
const { buildMenuTemplate } = await import('../../electron/shell/menu');

const actions = () => ({
  newPlan: vi.fn(), openPlan: vi.fn(), openRecent: vi.fn(), saveAs: vi.fn(), shareByEmail: vi.fn(),
  mergeCopy: vi.fn(), exportPlan: vi.fn(), undo: vi.fn(), redo: vi.fn(), about: vi.fn(),
});

function labels(template: MenuItemConstructorOptions[]): string[] {
  return template.flatMap((m) => [m.label ?? '', ...(Array.isArray(m.submenu) ? labels(m.submenu) : [])]).filter(Boolean);
}

const build = (platform: NodeJS.Platform, language?: UiLanguage) => buildMenuTemplate({ platform, recent: [], devTools: true, language }, actions());

describe('the desktop menu in the UI language', () => {
  it.each(['win32', 'darwin'] as const)('is English on %s when the UI is English, with no Norwegian label left', (platform) => {
    const en = labels(build(platform, 'en'));
    expect(en).toContain(platform === 'darwin' ? 'File' : '&File');
    expect(en).toContain('Undo');
    expect(en).toContain('No recently used plans');
    expect(en.filter((l) => /[æøå]|\b(Fil|Rediger|Vis|Hjelp|Angre|Lagre|Åpne|Avslutt|Kopier|Lim|Ingen|Skjul|Om)\b/.test(l))).toEqual([]);
  });

  it('is nynorsk when the UI is nynorsk: «Opne…», «Gjer om», «Slå saman med kopiar…», no bokmål-only word', () => {
    const nn = labels(build('linux', 'nn'));
    expect(nn).toEqual(expect.arrayContaining(['Opne…', 'Gjer om', 'Slå saman med kopiar…', 'Ingen nyleg brukte planar', 'Utviklarverktøy']));
    expect(nn.filter((l) => /\b(Åpne|Gjør|sammen|kopier…|nylig|Skjul|Tjenester|størrelse|Utviklerverktøy)\b/.test(l))).toEqual([]);
    expect(labels(build('linux'))).toEqual(labels(build('linux', 'nb')));
  });

  it('keeps the same shortcuts and actions in every language', () => {
    const shape = (t: MenuItemConstructorOptions[]): unknown[] => t.map((m) => [m.role, m.accelerator, Array.isArray(m.submenu) ? shape(m.submenu) : null]);
    expect(shape(build('win32', 'en'))).toEqual(shape(build('win32', 'nb')));
    expect(shape(build('darwin', 'nn'))).toEqual(shape(build('darwin', 'nb')));
  });

  it('app.uiLanguage reaches the shell (which rebuilds its menu); the browser mode answers that nothing applied', async () => {
    const reported: UiLanguage[] = [];
    const desktop = createHandlers(createSession({ recentFilePath: '/nonexistent/recent.json' }), { onUiLanguage: (l) => reported.push(l) });
    expect(await dispatch(desktop, 'app.uiLanguage', { language: 'nn' })).toEqual({ ok: true, value: { applied: true } });
    expect(reported).toEqual(['nn']);
    expect((await dispatch(desktop, 'app.uiLanguage', { language: 'de' })).ok).toBe(false);
    const browser = createHandlers(createSession({ recentFilePath: '/nonexistent/recent.json' }), {});
    expect(await dispatch(browser, 'app.uiLanguage', { language: 'en' })).toEqual({ ok: true, value: { applied: false } });
  });
});
