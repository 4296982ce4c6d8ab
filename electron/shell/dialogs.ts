// Native open/save dialogs for plan files.
import { dialog, type BrowserWindow } from 'electron';
import { PLAN_EXTENSION } from './channels';

const PLAN_FILTERS = [{ name: 'Planverk-plan', extensions: [PLAN_EXTENSION.slice(1)] }];

export async function choosePlanToOpen(window: BrowserWindow): Promise<string | null> {
  const result = await dialog.showOpenDialog(window, { title: 'Åpne plan', filters: PLAN_FILTERS, properties: ['openFile'] });
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

export async function choosePlanTarget(window: BrowserWindow, title: string, defaultPath: string): Promise<string | null> {
  const result = await dialog.showSaveDialog(window, { title, defaultPath, filters: PLAN_FILTERS, properties: ['showOverwriteConfirmation'] });
  if (result.canceled || !result.filePath) return null;
  return result.filePath.toLowerCase().endsWith(PLAN_EXTENSION) ? result.filePath : `${result.filePath}${PLAN_EXTENSION}`;
}
