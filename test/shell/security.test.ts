// The window can never navigate away, open windows, attach webviews or get permissions; only safe links leave the app.
import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));
const { blockPageNetworkRequests, denyAllPermissions, guardAllWebContents, hardenWebContents, isSafeExternalUrl } = await import('../../electron/shell/security');
const { useNorwegianSpelling } = await import('../../electron/shell/spelling');

type OpenHandler = (details: { url: string }) => { action: 'allow' | 'deny' };

/** A webContents stand-in: real events, and the window-open handler kept so the test can call it like Electron does. */
function fakeContents() {
  const emitter = new EventEmitter() as EventEmitter & { setWindowOpenHandler: (h: OpenHandler) => void; openHandler?: OpenHandler };
  emitter.setWindowOpenHandler = (handler) => {
    emitter.openHandler = handler;
  };
  return emitter;
}

function navigate(contents: EventEmitter, eventName: string, url: string): boolean {
  const event = { preventDefault: vi.fn() };
  contents.emit(eventName, event, url);
  return event.preventDefault.mock.calls.length > 0;
}

const harden = () => {
  const contents = fakeContents();
  const shell = { openExternal: vi.fn(async () => undefined) };
  hardenWebContents(contents as never, shell);
  return { contents, shell };
};

describe('isSafeExternalUrl', () => {
  it.each([
    'https://lovdata.no/dokument/NL/lov/2011-06-24-30',
    'http://www.regjeringen.no/',
    'mailto:postmottak@eksempel.kommune.no',
    'mailto:leder@eksempel.kommune.no?subject=Plan',
  ])('accepts %s', (url) => expect(isSafeExternalUrl(url)).toBe(true));

  it.each([
    'file:///C:/Windows/System32/calc.exe',
    'javascript:alert(1)',
    'app://planverk/index.html',
    'smb://server/share',
    'ms-msdt:/id PCWDiagnostic',
    'vbscript:msgbox',
    'data:text/html,<script>alert(1)</script>',
    'https://bruker:passord@eksempel.no/',
    'mailto:',
    'mailto:ikke-en-adresse',
    'https://',
    'ikke en url',
    `https://eksempel.no/${'a'.repeat(3000)}`,
  ])('refuses %s', (url) => expect(isSafeExternalUrl(url)).toBe(false));
});

describe('hardenWebContents', () => {
  it('prevents navigation away from the app and opens safe links externally instead', () => {
    const { contents, shell } = harden();
    expect(navigate(contents, 'will-navigate', 'https://lovdata.no/')).toBe(true);
    expect(shell.openExternal).toHaveBeenCalledWith('https://lovdata.no/');
    expect(navigate(contents, 'will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(navigate(contents, 'will-navigate', 'javascript:alert(1)')).toBe(true);
    expect(shell.openExternal).toHaveBeenCalledTimes(1);
  });

  it('lets the app navigate within its own origin', () => {
    const { contents, shell } = harden();
    expect(navigate(contents, 'will-navigate', 'app://planverk/index.html#kapitler')).toBe(false);
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('prevents redirects away from the app and every webview', () => {
    const { contents } = harden();
    expect(navigate(contents, 'will-redirect', 'https://angriper.example/')).toBe(true);
    expect(navigate(contents, 'will-attach-webview', 'https://angriper.example/')).toBe(true);
  });

  it('denies every window.open and sends only safe URLs to the system', () => {
    const { contents, shell } = harden();
    expect(contents.openHandler?.({ url: 'https://www.regjeringen.no/' })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: 'app://planverk/index.html' })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(shell.openExternal.mock.calls).toEqual([['https://www.regjeringen.no/']]);
  });

  it('is applied to every webContents the app creates', () => {
    const app = new EventEmitter();
    const shell = { openExternal: vi.fn(async () => undefined) };
    guardAllWebContents(app as never, shell);
    const contents = fakeContents();
    app.emit('web-contents-created', {}, contents);
    expect(navigate(contents, 'will-navigate', 'https://angriper.example/')).toBe(true);
    expect(contents.openHandler?.({ url: 'https://angriper.example/' })).toEqual({ action: 'deny' });
  });
});

describe('denyAllPermissions', () => {
  it('refuses every permission request, permission check and device', () => {
    const session = { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn(), setDevicePermissionHandler: vi.fn() };
    denyAllPermissions(session as never);
    const request = session.setPermissionRequestHandler.mock.calls[0]![0];
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
      const callback = vi.fn();
      request({}, permission, callback, {});
      expect(callback).toHaveBeenCalledWith(false);
    }
    expect(session.setPermissionCheckHandler.mock.calls[0]![0]({}, 'media', 'app://planverk', {})).toBe(false);
    expect(session.setDevicePermissionHandler.mock.calls[0]![0]({ deviceType: 'usb' })).toBe(false);
  });
});

describe('blockPageNetworkRequests', () => {
  it('cancels network and file requests made by a page and lets page-less requests through', () => {
    const onBeforeRequest = vi.fn();
    blockPageNetworkRequests({ webRequest: { onBeforeRequest } } as never);
    const [filter, listener] = onBeforeRequest.mock.calls[0]!;
    expect(filter.urls).toEqual(expect.arrayContaining(['http://*/*', 'https://*/*', 'file://*/*']));
    const decide = (details: object) => {
      const callback = vi.fn();
      listener(details, callback);
      return callback.mock.calls[0]![0];
    };
    expect(decide({ url: 'https://angriper.example/x.js', webContentsId: 1 })).toEqual({ cancel: true });
    expect(decide({ url: 'file:///etc/passwd', webContentsId: 1 })).toEqual({ cancel: true });
    expect(decide({ url: 'https://redirector.gvt1.com/dictionaries/nb-NO.bdic' })).toEqual({ cancel: false });
  });
});

describe('useNorwegianSpelling', () => {
  it('turns on the Norwegian dictionaries the platform has, and leaves the choice alone when it has none', () => {
    const session = { availableSpellCheckerLanguages: ['en-US', 'nb', 'sv'], setSpellCheckerLanguages: vi.fn() };
    expect(useNorwegianSpelling(session)).toEqual(['nb']);
    expect(session.setSpellCheckerLanguages).toHaveBeenCalledWith(['nb']);
    const none = { availableSpellCheckerLanguages: [], setSpellCheckerLanguages: vi.fn() };
    expect(useNorwegianSpelling(none)).toEqual([]);
    expect(none.setSpellCheckerLanguages).not.toHaveBeenCalled();
  });
});
