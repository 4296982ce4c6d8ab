// `npm run web [file.planverk] [--folder <dir>]…`: the app in a browser. Opens the given plan, or none (the page then
// shows its start screen), serves the built renderer through the loopback bridge and prints the URL with its token.
// The page may name plan files only in the picked folders: every --folder, the given plan's folder and the default
// documents folder (planFolders.ts).
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { PlanverkError } from '../../shared/api/errors';
import { createHandlers } from '../services/api/handlers';
import { PERSON_FILE } from '../services/person/personStore';
import { createSession, type Session } from '../services/session';
import { confineToFolders, preparePlanFolders } from '../services/start/planFolders';
import { startBridge } from './bridge';
import { ensureRendererBuilt } from './rendererBuild';

export function dataDir(): string {
  return process.env.PLANVERK_DATA_DIR ?? join(homedir(), '.planverk');
}

/** Where new plans and sample copies go when no --folder is given. */
export function defaultDocumentsDir(): string {
  return process.env.PLANVERK_DOCUMENTS_DIR ?? join(homedir(), 'Planverk');
}

export type WebArgs = { file: string | undefined; folders: string[]; port: number };

export function parseWebArgs(args: readonly string[]): WebArgs {
  const folders: string[] = [];
  let file: string | undefined;
  let port = 0;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--port') port = Number(args[++i]);
    else if (arg === '--folder') folders.push(resolve(args[++i] ?? '.'));
    else if (!arg.startsWith('--')) file ??= resolve(arg);
  }
  return { file, folders, port };
}

/** The picked folders: each --folder, the given plan's folder, then the default documents folder. */
export function webPlanFolders(args: WebArgs, documentsDir: string): string[] {
  return preparePlanFolders([...args.folders, ...(args.file ? [dirname(args.file)] : []), documentsDir]);
}

/** The plan asked for on the command line, if any; without one the page starts on its start screen. */
export function openStartPlan(session: Session, requested: string | undefined): string | null {
  if (!requested) return null;
  const path = resolve(requested);
  openOrReadOnly(session, path);
  return path;
}

/** A plan open for writing in another Planverk (the desktop app) is shown read-only instead of not at all. */
function openOrReadOnly(session: Session, path: string): void {
  try {
    session.open(path);
  } catch (err) {
    if (!(err instanceof PlanverkError) || err.code !== 'LOCKED') throw err;
    console.log(err.message);
    session.open(path, { readOnly: true });
  }
}

async function main(): Promise<void> {
  const args = parseWebArgs(process.argv.slice(2));
  const folder = dataDir();
  const session = createSession({ recentFilePath: join(folder, 'recent.json'), personFilePath: join(folder, PERSON_FILE) });
  let planPath: string | null;
  let planFolders: string[];
  try {
    planFolders = webPlanFolders(args, defaultDocumentsDir());
    planPath = openStartPlan(session, args.file);
  } catch (err) {
    console.error(err instanceof PlanverkError ? `${err.message}${err.detail ? ` (${err.detail})` : ''}` : String(err));
    process.exit(1);
  }
  const staticDir = ensureRendererBuilt();
  const handlers = confineToFolders(createHandlers(session, { outDir: folder, userDataDir: folder, planFolders }), planFolders);
  const bridge = await startBridge({ handlers, staticDir, port: args.port });
  console.log(`Planverk kjører i nettleseren: ${bridge.url}`);
  console.log(planPath ? `Plan: ${planPath}` : 'Ingen plan er åpnet; velg en på startsiden.');
  console.log(`Mapper for planer: ${planFolders.join(', ')}`);
  console.log('Lenken inneholder en engangsnøkkel for denne økten. Avslutt med Ctrl+C.');
  const stop = async () => {
    await bridge.close();
    session.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) await main();
