// `npm run web [file.planverk]`: the app in a browser. Opens the given plan (or the sample plan in the user's data
// folder, created on first start), serves the built renderer through the loopback bridge and prints the URL with its token.
import { existsSync, mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { PlanverkError } from '../../shared/api/errors';
import { createHandlers } from '../services/api/handlers';
import { createPlaywrightPrinter } from '../services/export/pdfBrowser';
import { createSession, type Session } from '../services/session';
import { startBridge } from './bridge';
import { ensureRendererBuilt } from './rendererBuild';

export const SAMPLE_FILE_NAME = 'Eksempelplan.planverk';

export function dataDir(): string {
  return process.env.PLANVERK_DATA_DIR ?? join(homedir(), '.planverk');
}

/** The plan to show: the one asked for, else the sample plan (made on first start, then reused with the user's edits). */
export function openStartPlan(session: Session, requested: string | undefined, folder: string): string {
  if (requested) {
    const path = resolve(requested);
    openOrReadOnly(session, path);
    return path;
  }
  mkdirSync(folder, { recursive: true });
  const sample = join(folder, SAMPLE_FILE_NAME);
  if (existsSync(sample)) openOrReadOnly(session, sample);
  else session.create(sample, { sample: true });
  return sample;
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
  const args = process.argv.slice(2);
  const portIndex = args.indexOf('--port');
  const port = portIndex >= 0 ? Number(args[portIndex + 1]) : 0;
  const file = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--port');
  const folder = dataDir();
  const session = createSession({ recentFilePath: join(folder, 'recent.json') });
  let planPath: string;
  try {
    planPath = openStartPlan(session, file, folder);
  } catch (err) {
    console.error(err instanceof PlanverkError ? `${err.message}${err.detail ? ` (${err.detail})` : ''}` : String(err));
    process.exit(1);
  }
  const staticDir = ensureRendererBuilt();
  // Kept warm across PDF exports, as the desktop app keeps its hidden print window.
  const pdfPrinter = createPlaywrightPrinter();
  const bridge = await startBridge({ handlers: createHandlers(session, { outDir: folder, pdfPrinter, userDataDir: folder }), staticDir, port });
  console.log(`Planverk kjører i nettleseren: ${bridge.url}`);
  console.log(`Plan: ${planPath}`);
  console.log('Lenken inneholder en engangsnøkkel for denne økten. Avslutt med Ctrl+C.');
  const stop = async () => {
    await bridge.close();
    await pdfPrinter.close();
    session.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) await main();
