// The preload: the page's only door to the main process. It exposes `window.planverk` with exactly two functions,
// never ipcRenderer itself, and forwards a .planverk file dropped on the window as a path.
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import type { PlanverkBridge, ShellEvent } from '../../shared/api/shellEvents';
import { DROP_CHANNEL, INVOKE_CHANNEL, MENU_CHANNEL, PLAN_EXTENSION } from './channels';

const bridge: PlanverkBridge = {
  invoke: (name, args) => ipcRenderer.invoke(INVOKE_CHANNEL, name, args),
  onMenuCommand: (listener) => {
    const forward = (_event: IpcRendererEvent, shellEvent: ShellEvent) => listener(shellEvent);
    ipcRenderer.on(MENU_CHANNEL, forward);
    return () => void ipcRenderer.removeListener(MENU_CHANNEL, forward);
  },
};

contextBridge.exposeInMainWorld('planverk', bridge);

// Only drags that carry files are taken over, so text dragged inside the editor keeps working.
const carriesFiles = (event: DragEvent): boolean => event.dataTransfer?.types.includes('Files') ?? false;

window.addEventListener('dragover', (event) => {
  if (carriesFiles(event)) event.preventDefault();
});
window.addEventListener('drop', (event) => {
  if (!carriesFiles(event)) return;
  event.preventDefault();
  const file = event.dataTransfer?.files[0];
  if (!file) return;
  const path = webUtils.getPathForFile(file);
  // The main process checks the path again (absolute, existing regular file); this only spares it other files.
  if (path.toLowerCase().endsWith(PLAN_EXTENSION)) ipcRenderer.send(DROP_CHANNEL, path);
});
