// «Slå sammen med kopier…» in the desktop app: the open dialog asks for .planverk files (one or several), the chosen paths are checked
// in the main process, and only then is the renderer told to show the merge page with it.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => ({
  dialog: { showOpenDialog: vi.fn(async (_window: unknown, _options: unknown): Promise<{ canceled: boolean; filePaths: string[] }> => ({ canceled: true, filePaths: [] })) },
}));
vi.mock('electron', () => ({ dialog: fake.dialog }));

const { chooseCopyToMerge } = await import('../../electron/shell/dialogs');
const { createShellActions } = await import('../../electron/shell/actions');
const { createHandlers } = await import('../../electron/services/api/handlers');
const { createSession } = await import('../../electron/services/session');

const dir = mkdtempSync(join(tmpdir(), 'planverk-mergemenu-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeEach(() => vi.clearAllMocks());

function actionsWith(chosen: string | string[] | null, open = true) {
  const session = createSession();
  if (open) session.create(join(dir, `Plan ${Math.random().toString(36).slice(2)}.planverk`), { sample: false });
  const handlers = createHandlers(session);
  const send = vi.fn();
  const actions = createShellActions({
    handlers: () => handlers,
    send,
    choosePlanToOpen: async () => null,
    chooseCopyToMerge: async () => (chosen === null ? null : [chosen].flat()),
    choosePlanTarget: async () => null,
    noteRecent: vi.fn(),
    documentsDir: dir,
  });
  return { actions, send, close: () => session.close() };
}

describe('chooseCopyToMerge', () => {
  it('opens a file dialog for one or several .planverk files and returns the chosen paths, or null when cancelled', async () => {
    const two = [join(dir, 'kopi 1.planverk'), join(dir, 'kopi 2.planverk')];
    fake.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: two });
    expect(await chooseCopyToMerge({} as never)).toEqual(two);
    expect(fake.dialog.showOpenDialog.mock.calls[0]![1]).toMatchObject({
      title: 'Slå sammen med kopier',
      filters: [{ name: 'Planverk-plan', extensions: ['planverk'] }],
      properties: ['openFile', 'multiSelections'],
    });
    expect(await chooseCopyToMerge({} as never)).toBeNull();
  });
});

describe('the «Slå sammen med kopier…» action', () => {
  it('tells the renderer to show the merge page with a chosen .planverk file', async () => {
    const copy = join(dir, 'Kopi fra gruppe 3.planverk');
    writeFileSync(copy, 'innholdet sjekkes av merge.preview');
    const { actions, send, close } = actionsWith(copy);
    await actions.mergeCopy();
    expect(send.mock.calls).toEqual([[{ kind: 'show-merge', paths: [copy] }]]);
    close();
  });

  it('tells the renderer to show the merge page with several chosen copies at once', async () => {
    const copies = [join(dir, 'Kopi fra gruppe 1.planverk'), join(dir, 'Kopi fra gruppe 2.planverk')];
    for (const copy of copies) writeFileSync(copy, 'innholdet sjekkes av merge.previewCopies');
    const { actions, send, close } = actionsWith(copies);
    await actions.mergeCopy();
    expect(send.mock.calls).toEqual([[{ kind: 'show-merge', paths: copies }]]);
    close();
  });

  it('refuses several copies when one of them is not an existing .planverk file', async () => {
    const good = join(dir, 'Kopi fra gruppe 4.planverk');
    writeFileSync(good, 'x');
    const { actions, send, close } = actionsWith([good, join(dir, 'borte igjen.planverk')]);
    await actions.mergeCopy();
    expect(send.mock.calls).toEqual([[{ kind: 'error', error: expect.objectContaining({ code: 'NOT_FOUND_FILE', detail: join(dir, 'borte igjen.planverk') }) }]]);
    close();
  });

  it('sends nothing when the dialog is cancelled', async () => {
    const { actions, send, close } = actionsWith(null);
    await actions.mergeCopy();
    expect(send).not.toHaveBeenCalled();
    close();
  });

  it('refuses a path that is not an existing .planverk file (folder, other type, relative, missing)', async () => {
    const folder = join(dir, 'mappe.planverk');
    mkdirSync(folder);
    const other = join(dir, 'notat.txt');
    writeFileSync(other, 'x');
    for (const path of [folder, other, 'relativ.planverk', join(dir, 'borte.planverk')]) {
      const { actions, send, close } = actionsWith(path);
      await actions.mergeCopy();
      expect(send.mock.calls, path).toEqual([[{ kind: 'error', error: expect.objectContaining({ code: 'NOT_FOUND_FILE' }) }]]);
      close();
    }
  });

  it('says no plan is open instead of asking for a copy', async () => {
    const { actions, send, close } = actionsWith(join(dir, 'x.planverk'), false);
    await actions.mergeCopy();
    expect(send.mock.calls).toEqual([[{ kind: 'error', error: expect.objectContaining({ code: 'NO_PLAN_OPEN' }) }]]);
    close();
  });
});
