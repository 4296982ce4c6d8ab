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
    expect(saveStatusText(decideSaveStatus(file(), 'sending', savedAt), nb)).toBe('Lagrer …');
    expect(saveStatusText(decideSaveStatus(file({ problem: 'DISK_FULL', pendingChanges: 2 }), 'idle', savedAt), nb)).toBe(ERROR_MESSAGES.DISK_FULL);
    expect(saveStatusText(decideSaveStatus(file({ readOnly: true, problem: 'READ_ONLY' }), 'idle', null), nb)).toBe('Skrivebeskyttet');
    expect(saveStatusText(decideSaveStatus(file(), 'idle', savedAt), nb)).toBe('Lagret kl. 14:32');
    expect(saveStatusText(decideSaveStatus(file(), 'idle', null), nb)).toBe('Ingen endringer ennå');
  });

  it('never says «Lagret» while typed edits are only in the page, on their way, or the last write failed', () => {
    const savedAt = new Date(2024, 3, 15, 14, 32).toISOString();
    expect(saveStatusText(decideSaveStatus(file(), 'held', savedAt), nb)).toBe('Ikke lagret ennå');
    expect(saveStatusText(decideSaveStatus(file(), 'sending', savedAt), nb)).toBe('Lagrer …');
    expect(saveStatusText(decideSaveStatus(file(), 'idle', savedAt, true), nb)).toBe('Ikke lagret: siste endring nådde ikke filen');
    for (const writes of ['held', 'sending'] as const) expect(saveStatusText(decideSaveStatus(file(), writes, savedAt), nb)).not.toMatch(/^Lagret/);
  });

  it('formats local clock time with leading zeros and rejects what is not a time', () => {
    expect(formatClock(new Date(2024, 0, 2, 7, 5).toISOString())).toBe('07:05');
    expect(formatClock('ikke en tid')).toBeNull();
  });
});
