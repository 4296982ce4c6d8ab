// Electron's security checklist applied in one place: navigation, new windows, webviews, permissions, external links.
import type { App, Session, Shell, WebContents } from 'electron';
import { isAppUrl } from './protocol';

type OpenExternal = Pick<Shell, 'openExternal'>;

/**
 * True only for links we hand to the operating system: http(s) to a named host without embedded credentials,
 * and mailto with an address. Everything else (file:, javascript:, app:, smb:, custom handlers) could run or
 * reveal something on the user's machine.
 */
export function isSafeExternalUrl(raw: string): boolean {
  if (typeof raw !== 'string' || raw.length > 2048) return false;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol === 'http:' || url.protocol === 'https:') return url.hostname.length > 0 && url.username === '' && url.password === '';
  if (url.protocol === 'mailto:') return /^[^@\s/\\]+@[^@\s/\\]+$/.test(decodeURIComponent(url.pathname));
  return false;
}

/** Sends a link to the system browser or mail program if it is safe; otherwise drops it. */
export function openExternalIfSafe(url: string, shell: OpenExternal): boolean {
  if (!isSafeExternalUrl(url)) return false;
  void shell.openExternal(url);
  return true;
}

/**
 * Guards one webContents: it can never leave the app's origin, open windows, or attach a webview.
 * A clicked web or mail link opens in the user's own browser or mail program instead.
 */
export function hardenWebContents(contents: WebContents, shell: OpenExternal): void {
  contents.on('will-navigate', (event, url) => {
    if (isAppUrl(url)) return;
    event.preventDefault();
    openExternalIfSafe(url, shell);
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openExternalIfSafe(url, shell);
    return { action: 'deny' };
  });
}

/** Planverk needs no camera, microphone, location, notifications, USB, HID or serial devices: refuse them all. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}

/** Applies the guards to every webContents the app will ever create, including ones created by accident. */
export function guardAllWebContents(app: App, shell: OpenExternal): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, shell));
}

/**
 * The page is offline by design: anything it tries to load from the network or from file:// is cancelled, even if a
 * CSP bypass were found. Requests without a page (e.g. Chromium fetching a spelling dictionary) pass.
 */
export function blockPageNetworkRequests(session: Pick<Session, 'webRequest'>): void {
  session.webRequest.onBeforeRequest({ urls: ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*', 'ftp://*/*', 'file://*/*'] }, (details, callback) =>
    callback({ cancel: details.webContentsId !== undefined }),
  );
}
