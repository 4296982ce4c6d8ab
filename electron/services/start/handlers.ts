// The start screen's calls: what can be opened (recent plans, and in browser mode the plans in the picked folders),
// a new plan from the kind's template, and a fresh copy of the sample plan. In browser mode every path stays inside
// the picked folders (planFolders.ts); the desktop app asks through the system's file dialogs instead.
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Handlers } from '../../../shared/api/contract';
import type { PlanEntry, PlanFolder } from '../../../shared/api/calls/start';
import { PlanverkError } from '../../../shared/api/errors';
import { templatePlanSource } from '../profile/templateSource';
import type { Session } from '../session';
import { openPlanFile } from '../store';
import { PLAN_EXTENSION, placeInFolders, requireInFolders } from './planFolders';

/** The desktop shell's file dialogs (the services never import electron). */
export type PlanDialogs = {
  planTarget(title: string, defaultName: string): Promise<string | null>;
  planToOpen(): Promise<string | null>;
};

export type StartDeps = {
  session: Session;
  /** Browser mode: the picked folders (real paths; the first is where a sample copy goes). Desktop: null. */
  folders: readonly string[] | null;
  /** Desktop: where a sample copy goes when no folder is given. */
  defaultFolder?: string;
  dialogs?: PlanDialogs;
  userDataDir?: string;
};

const SAMPLE_NAME = 'Eksempelplan';
/** Folders with thousands of files are listed by their first plans only; the screen is for choosing, not browsing. */
const MAX_LISTED = 200;

export function createStartHandlers(deps: StartDeps): Pick<Handlers, 'start.overview' | 'start.newPlan' | 'start.sampleCopy' | 'start.openDialog'> {
  const { session, folders } = deps;
  const folderFor = (folder: string | undefined): string => {
    if (folders === null) return folder ?? deps.defaultFolder ?? process.cwd();
    if (folder === undefined) {
      if (!folders[0]) throw new PlanverkError('OUTSIDE_FOLDERS');
      return folders[0];
    }
    const found = folders.find((f) => f === folder);
    if (!found) throw new PlanverkError('OUTSIDE_FOLDERS', folder.slice(0, 300));
    return found;
  };

  return {
    'start.overview': () => ({
      folders: folders?.map((f) => listFolder(f)) ?? null,
      // In browser mode only recent plans the page may open are offered.
      recent: session
        .recent()
        .filter((p) => folders === null || placeInFolders(p, folders) !== null)
        .map((p) => describePlan(p)),
    }),
    async 'start.newPlan'({ kind, malform, folder, name }) {
      const source = templatePlanSource(kind, malform, false, deps.userDataDir);
      if (folders === null && deps.dialogs) {
        const path = await deps.dialogs.planTarget('Ny plan', withExtension(name ?? 'Ny plan'));
        // The save dialog has asked before returning an existing file's path: the user chose to replace it.
        return path ? session.create(path, source, { overwrite: true }) : null;
      }
      const path = join(folderFor(folder), withExtension(name ?? 'Ny plan'));
      if (folders) requireInFolders(path, folders);
      return session.create(path, source);
    },
    'start.sampleCopy'({ folder }) {
      const dir = folderFor(folder);
      mkdirSync(dir, { recursive: true });
      return session.create(freeName(dir, SAMPLE_NAME), { sample: true });
    },
    async 'start.openDialog'() {
      const path = deps.dialogs ? await deps.dialogs.planToOpen() : null;
      return path ? session.open(path) : null;
    },
  };
}

const withExtension = (name: string): string => (name.toLowerCase().endsWith(PLAN_EXTENSION) ? name : `${name}${PLAN_EXTENSION}`);

/** «Eksempelplan.planverk», else «Eksempelplan 2.planverk», … : a copy never lands on an existing file. */
function freeName(dir: string, base: string): string {
  for (let n = 1; ; n++) {
    const path = join(dir, `${n === 1 ? base : `${base} ${n}`}${PLAN_EXTENSION}`);
    if (!existsSync(path)) return path;
  }
}

function listFolder(folder: string): PlanFolder {
  let names: string[] = [];
  try {
    names = readdirSync(folder).filter((n) => n.toLowerCase().endsWith(PLAN_EXTENSION) && !n.startsWith('.'));
  } catch {
    names = [];
  }
  names.sort((a, b) => a.localeCompare(b, 'nb'));
  return { path: folder, name: basename(folder), plans: names.slice(0, MAX_LISTED).map((n) => describePlan(join(folder, n))) };
}

/** Title from the file (opened read-only, with every open check), last change from its modification time. */
export function describePlan(path: string): PlanEntry {
  const name = basename(path);
  let changedAt: string | null = null;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) return { path, name, title: null, changedAt: null, exists: false };
    changedAt = stat.mtime.toISOString();
  } catch {
    return { path, name, title: null, changedAt: null, exists: false };
  }
  let title: string | null = null;
  try {
    const file = openPlanFile(path, { readOnly: true });
    try {
      title = file.readPlan().plan.title;
    } finally {
      file.close();
    }
  } catch {
    title = null;
  }
  return { path, name, title, changedAt, exists: true };
}
