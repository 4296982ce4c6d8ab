// What the header says about saving, decided from the file info and the change queue (a pure function, so it is testable).
import type { OpenFileInfo } from '../../shared/api/calls/file';
import { ERROR_MESSAGES } from '../../shared/api/errors';
import type { MessageKey, MessageParams } from '../../shared/i18n';

export type SaveStatus =
  | { kind: 'saving' }
  | { kind: 'saved'; time: string }
  | { kind: 'unchanged' }
  | { kind: 'readOnly' }
  | { kind: 'problem'; message: string };

export function decideSaveStatus(file: OpenFileInfo | null, saving: boolean, savedAt: string | null): SaveStatus {
  if (saving) return { kind: 'saving' };
  if (file?.problem && file.problem !== 'READ_ONLY') return { kind: 'problem', message: ERROR_MESSAGES[file.problem] };
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
    case 'saving':
      return t('save.saving');
    case 'saved':
      return t('save.saved', { time: status.time });
    case 'unchanged':
      return t('save.savedNever');
    case 'readOnly':
      return t('save.readOnly');
    case 'problem':
      return status.message;
  }
}
