// What the header says about saving, decided from the file info and the page's pending writes (a pure function, so it
// is testable). «Lagret» only when the file has every edit: held or unanswered edits, or a failed write, say so instead.
import type { OpenFileInfo } from '../../shared/api/calls/file';
import type { ErrorCode } from '../../shared/api/errors';
import type { MessageKey, MessageParams } from '../../shared/i18n';
import type { WriteState } from './pendingWrites';

export type SaveStatus =
  | { kind: 'held' }
  | { kind: 'saving' }
  | { kind: 'notSaved' }
  | { kind: 'saved'; time: string }
  | { kind: 'unchanged' }
  | { kind: 'readOnly' }
  | { kind: 'problem'; code: ErrorCode };

export function decideSaveStatus(file: OpenFileInfo | null, writes: WriteState, savedAt: string | null, lastWriteFailed = false): SaveStatus {
  if (writes === 'held') return { kind: 'held' };
  if (writes === 'sending') return { kind: 'saving' };
  if (file?.problem && file.problem !== 'READ_ONLY') return { kind: 'problem', code: file.problem };
  if (lastWriteFailed) return { kind: 'notSaved' };
  if (file?.readOnly) return { kind: 'readOnly' };
  const time = savedAt ? formatClock(savedAt) : null;
  return time ? { kind: 'saved', time } : { kind: 'unchanged' };
}

/** "14:32" in local time, or null for a timestamp that is not one. */
export function formatClock(iso: string): string | null {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}

export function saveStatusText(status: SaveStatus, t: (key: MessageKey, params?: MessageParams) => string): string {
  switch (status.kind) {
    case 'held':
      return t('save.held');
    case 'saving':
      return t('save.saving');
    case 'notSaved':
      return t('save.notSaved');
    case 'saved':
      return t('save.saved', { time: status.time });
    case 'unchanged':
      return t('save.savedNever');
    case 'readOnly':
      return t('save.readOnly');
    case 'problem':
      return t(`error.${status.code}`);
  }
}
