// Native open/save dialogs for plan files.
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { dialog, type BrowserWindow } from 'electron';
import { PLAN_EXTENSION } from './channels';

const PLAN_FILTERS = [{ name: 'Planverk-plan', extensions: [PLAN_EXTENSION.slice(1)] }];

export async function choosePlanToOpen(window: BrowserWindow): Promise<string | null> {
  const result = await dialog.showOpenDialog(window, { title: 'Åpne plan', filters: PLAN_FILTERS, properties: ['openFile'] });
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

/** The copies that came back by email (one or several), to merge into the open plan. */
export async function chooseCopyToMerge(window: BrowserWindow): Promise<string[] | null> {
  const result = await dialog.showOpenDialog(window, {
    title: 'Slå sammen med kopier',
    buttonLabel: 'Velg kopier',
    filters: PLAN_FILTERS,
    properties: ['openFile', 'multiSelections'],
  });
  return result.canceled || result.filePaths.length === 0 ? null : result.filePaths;
}

/**
 * A path the user chose to write a plan to. If it names an existing file, the user has confirmed replacing it: the
 * save dialog asks for the name as typed, and we ask again when we added the extension and that name exists.
 */
export async function choosePlanTarget(window: BrowserWindow, title: string, defaultPath: string): Promise<string | null> {
  const result = await dialog.showSaveDialog(window, { title, defaultPath, filters: PLAN_FILTERS, properties: ['showOverwriteConfirmation'] });
  if (result.canceled || !result.filePath) return null;
  if (result.filePath.toLowerCase().endsWith(PLAN_EXTENSION)) return result.filePath;
  const path = `${result.filePath}${PLAN_EXTENSION}`;
  if (!existsSync(path)) return path;
  const answer = await dialog.showMessageBox(window, {
    type: 'warning',
    title,
    message: `«${basename(path)}» finnes allerede. Vil du erstatte den?`,
    buttons: ['Erstatt', 'Avbryt'],
    defaultId: 1,
    cancelId: 1,
  });
  return answer.response === 0 ? path : null;
}
