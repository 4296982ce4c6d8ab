// IPC channel names shared by the main process and the preload (kept tiny: the sandboxed preload bundles it).
export const INVOKE_CHANNEL = 'planverk:invoke';
export const MENU_CHANNEL = 'planverk:menu';
export const DROP_CHANNEL = 'planverk:open-dropped';
export const PLAN_EXTENSION = '.planverk';
