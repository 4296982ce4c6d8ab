// The page may go away at any moment (reload, tab or window closed, tab discarded while hidden): each of these sends
// every held edit in the same task. The HTTP transport sends edits with keepalive, so the browser completes them after
// the page is gone; in the desktop app the shell also waits for the renderer's flush before closing (flush-request).
import { sendAllNow } from './pendingWrites';

export function sendEditsOnPageExit(win: Window = window): () => void {
  const send = () => sendAllNow();
  const onVisibility = () => {
    if (win.document.visibilityState === 'hidden') sendAllNow();
  };
  win.addEventListener('beforeunload', send);
  win.addEventListener('pagehide', send);
  win.document.addEventListener('visibilitychange', onVisibility);
  return () => {
    win.removeEventListener('beforeunload', send);
    win.removeEventListener('pagehide', send);
    win.document.removeEventListener('visibilitychange', onVisibility);
  };
}
