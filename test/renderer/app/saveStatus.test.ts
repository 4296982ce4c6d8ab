// What the header says about saving: «Lagrer …» while changes are on their way, the problem sentence when the file
// refused them, «Lagret kl. HH:MM» otherwise.
import { describe, expect, it } from 'vitest';
import type { OpenFileInfo } from '../../../shared/api/calls/file';
import { ERROR_MESSAGES } from '../../../shared/api/errors';
import { translate } from '../../../shared/i18n';
import { decideSaveStatus, formatClock, saveStatusText } from '../../../renderer/app/saveStatus';

const file = (over: Partial<OpenFileInfo> = {}): OpenFileInfo => ({
  path: '/p/plan.planverk',
  name: 'plan.planverk',
  title: 'Plan',
  schemaVersion: 1,
  readOnly: false,
  problem: null,
  pendingChanges: 0,
  savedAt: null,
  ...over,
});
const nb = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) => translate('nb', key, params);

describe('save status', () => {
  it('says what the adviser needs to know, in order of importance', () => {
    const savedAt = new Date(2024, 3, 15, 14, 32).toISOString();
    expect(saveStatusText(decideSaveStatus(file(), true, savedAt), nb)).toBe('Lagrer …');
    expect(saveStatusText(decideSaveStatus(file({ problem: 'DISK_FULL', pendingChanges: 2 }), false, savedAt), nb)).toBe(ERROR_MESSAGES.DISK_FULL);
    expect(saveStatusText(decideSaveStatus(file({ readOnly: true, problem: 'READ_ONLY' }), false, null), nb)).toBe('Skrivebeskyttet');
    expect(saveStatusText(decideSaveStatus(file(), false, savedAt), nb)).toBe('Lagret kl. 14:32');
    expect(saveStatusText(decideSaveStatus(file(), false, null), nb)).toBe('Ingen endringer ennå');
  });

  it('formats local clock time with leading zeros and rejects what is not a time', () => {
    expect(formatClock(new Date(2024, 0, 2, 7, 5).toISOString())).toBe('07:05');
    expect(formatClock('ikke en tid')).toBeNull();
  });
});
