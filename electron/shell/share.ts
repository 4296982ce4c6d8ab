// Hands the e-mail draft written by «Del på e-post» to the user's mail program, or shows the copy in the file manager.
import type { Shell } from 'electron';
import type { ShellEvent } from '../../shared/api/shellEvents';
import type { ShareDeps } from '../services/share/handlers';

type FileShell = Pick<Shell, 'openPath' | 'showItemInFolder'>;

/** Opens the .eml with the system's handler; when that fails (no mail program), shows the copy in its folder. */
export async function openMailDraft(shell: FileShell, emlPath: string, copyPath: string): Promise<boolean> {
  const error = await shell.openPath(emlPath);
  if (error === '') return true;
  shell.showItemInFolder(copyPath);
  return false;
}

/** The `openDraft` the share handler calls in the desktop app: open the draft, then tell the renderer how it went. */
export function createDraftOpener(shell: FileShell, send: (event: ShellEvent) => void): NonNullable<ShareDeps['openDraft']> {
  return async ({ emlPath, copyPath }) => {
    const opened = await openMailDraft(shell, emlPath, copyPath);
    send({ kind: 'shared', emlPath, copyPath, opened });
  };
}
