// «Ny plan» in the desktop app: the save dialog's confirmation is what allows replacing an existing file, and the
// shell then asks the store to overwrite it.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => ({
  dialog: {
    showSaveDialog: vi.fn(async (_window: unknown, _options: unknown): Promise<{ canceled: boolean; filePath?: string }> => ({ canceled: true })),
    showMessageBox: vi.fn(async (_window: unknown, _options: unknown) => ({ response: 1 })),
  },
}));
vi.mock('electron', () => ({ dialog: fake.dialog }));

const { choosePlanTarget } = await import('../../electron/shell/dialogs');
const { createShellActions } = await import('../../electron/shell/actions');
const { createHandlers } = await import('../../electron/services/api/handlers');
const { createSession } = await import('../../electron/services/session');

const dir = mkdtempSync(join(tmpdir(), 'planverk-newplan-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeEach(() => vi.clearAllMocks());
const window = {} as never;

describe('choosePlanTarget', () => {
  it('returns the chosen path as it is when it has the extension (the dialog itself confirmed any overwrite)', async () => {
    fake.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: join(dir, 'a.planverk') });
    expect(await choosePlanTarget(window, 'Ny plan', 'x')).toBe(join(dir, 'a.planverk'));
    expect(fake.dialog.showSaveDialog.mock.calls[0]![1]).toMatchObject({ properties: ['showOverwriteConfirmation'] });
    expect(fake.dialog.showMessageBox).not.toHaveBeenCalled();
  });

  it('asks again before replacing an existing file whose name got the extension added', async () => {
    const existing = join(dir, 'b.planverk');
    writeFileSync(existing, 'x');
    fake.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: join(dir, 'b') });
    fake.dialog.showMessageBox.mockResolvedValueOnce({ response: 1 });
    expect(await choosePlanTarget(window, 'Ny plan', 'x')).toBeNull();
    expect(fake.dialog.showMessageBox.mock.calls[0]![1]).toMatchObject({ message: '«b.planverk» finnes allerede. Vil du erstatte den?', buttons: ['Erstatt', 'Avbryt'] });
    fake.dialog.showMessageBox.mockResolvedValueOnce({ response: 0 });
    expect(await choosePlanTarget(window, 'Ny plan', 'x')).toBe(existing);
    fake.dialog.showSaveDialog.mockResolvedValue({ canceled: true });
  });

  it('adds the extension without asking when no such file exists', async () => {
    fake.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: join(dir, 'c') });
    expect(await choosePlanTarget(window, 'Ny plan', 'x')).toBe(join(dir, 'c.planverk'));
    expect(fake.dialog.showMessageBox).not.toHaveBeenCalled();
  });
});

describe('«Ny plan» onto an existing plan', () => {
  it('replaces the file the user confirmed, opens the new plan and tells the renderer', async () => {
    const target = join(dir, 'Gammel plan.planverk');
    const old = createSession();
    old.create(target, { sample: true });
    old.close();
    const session = createSession();
    const handlers = createHandlers(session);
    const send = vi.fn();
    const actions = createShellActions({
      handlers: () => handlers,
      send,
      choosePlanToOpen: async () => null,
      chooseCopyToMerge: async () => null,
      choosePlanTarget: async () => target,
      noteRecent: vi.fn(),
      documentsDir: dir,
    });
    await actions.newPlan();
    expect(send.mock.calls.map((c) => c[0])).toEqual([{ kind: 'plan-changed' }]);
    expect(session.info()).toMatchObject({ path: target, title: 'Ny plan' });
    expect(session.requireCurrent().readPlan().themes).toHaveLength(0);
    session.close();
    expect(existsSync(target)).toBe(true);
  });
});
