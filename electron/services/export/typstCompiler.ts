// Runs the Typst compiler (@myriaddreamin/typst-ts-node-compiler, a native N-API addon with a synchronous API) in a
// worker thread, so a long document never blocks the app's main process or the CLI's event loop. One worker is kept
// warm between exports (Typst's caches make the next compile of a similar document several times faster); it does
// not keep the process alive while idle. Cancelling terminates it, which stops a compile at once; the next export
// starts a new one.
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { PlanverkError } from '../../../shared/api/errors';
import type { TypstInput } from '../../../shared/document/typst/typstRenderer';

/** One PDF standard per file (Typst's names): tagged PDF 1.7 by default, or PDF/A-2a (archival, tagged, Unicode). */
export type TypstPdfStandard = '1.7' | 'a-2a';

/** The virtual workspace root: the program's /doc.json and /img/* live under it, nothing on disk does. */
const WORKSPACE = '/planverk-typst';

/**
 * The worker's code, evaluated as a CommonJS script (no file of its own to bundle or ship). It loads the addon from
 * the absolute path the main thread resolved, so it works from the CLI bundle, the Electron bundle and the tests.
 */
const WORKER_CODE = `
const { readFileSync } = require('node:fs');
const { parentPort, workerData } = require('node:worker_threads');
const { NodeCompiler } = require(workerData.addon);
const fontBlobs = workerData.fonts.map((file) => readFileSync(file));
const compiler = NodeCompiler.create({ workspace: workerData.workspace, fontArgs: [{ fontBlobs }] });
parentPort.on('message', (job) => {
  try {
    compiler.resetShadow();
    compiler.mapShadow(workerData.workspace + job.data.path, Buffer.from(job.data.json, 'utf8'));
    for (const f of job.files) compiler.mapShadow(workerData.workspace + f.path, Buffer.from(f.base64, 'base64'));
    const compiled = compiler.compile({ mainFileContent: job.main });
    const doc = compiled.result;
    if (!doc || compiled.hasError()) {
      const err = compiled.takeError();
      const diagnostics = err ? err.shortDiagnostics.map((d) => String(d.message ?? JSON.stringify(d))).join('; ') : 'unknown error';
      parentPort.postMessage({ id: job.id, error: diagnostics });
      return;
    }
    const pdf = compiler.pdf(doc, { pdfStandard: job.standard, creationTimestamp: job.timestamp });
    const out = new Uint8Array(pdf);
    parentPort.postMessage({ id: job.id, pdf: out, pages: doc.numOfPages }, [out.buffer]);
    // After the reply: the export goes on while old cache entries are dropped (a CLI may even exit first).
    compiler.evictCache(10);
  } catch (e) {
    parentPort.postMessage({ id: job.id, error: e && e.message ? e.message : String(e) });
  }
});
`;

type Reply = { id: number; pdf?: Uint8Array; pages?: number; error?: string };
type Pending = { resolve: (r: { pdf: Uint8Array; pages: number }) => void; reject: (e: Error) => void };

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

/** `require` of the module that runs this: the bundles and vitest have one; plain ESM makes its own. */
function localRequire(): NodeJS.Require {
  return typeof require === 'function' ? require : createRequire(import.meta.url);
}

/**
 * The fonts that ship with the app: Carlito (metric twin of Calibri, the profiles' default font; SIL OFL) from
 * @expo-google-fonts/carlito. The worker reads them with Node's fs (which reads inside app.asar) and hands them to the
 * addon as bytes, so the addon never needs a path inside app.asar. Fonts installed on the machine are found by Typst
 * as well (Calibri itself on Windows); the addon offers no switch to skip that scan, which costs ≈ 20 ms of CPU here.
 */
function shippedFonts(req: NodeJS.Require): string[] {
  const root = dirname(req.resolve('@expo-google-fonts/carlito/package.json'));
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => readdirSync(join(root, d.name)).filter((f) => f.endsWith('.ttf')).map((f) => join(root, d.name, f)));
}

function getWorker(): Worker {
  if (worker) return worker;
  const req = localRequire();
  const w = new Worker(WORKER_CODE, {
    eval: true,
    workerData: { addon: req.resolve('@myriaddreamin/typst-ts-node-compiler'), workspace: WORKSPACE, fonts: shippedFonts(req) },
  });
  w.on('message', (reply: Reply) => {
    const job = pending.get(reply.id);
    if (!job) return;
    pending.delete(reply.id);
    if (!pending.size) w.unref();
    if (reply.pdf) job.resolve({ pdf: reply.pdf, pages: reply.pages ?? 0 });
    else job.reject(new PlanverkError('EXPORT_FAILED', `PDF-en kunne ikke settes: ${reply.error ?? 'ukjent feil'}`));
  });
  const fail = (err: Error) => {
    if (worker === w) worker = null;
    for (const job of pending.values()) job.reject(err);
    pending.clear();
  };
  w.on('error', fail);
  w.on('exit', () => fail(new PlanverkError('CANCELLED')));
  // Idle, the worker never keeps the process alive (a CLI that refuses before compiling still exits).
  w.unref();
  worker = w;
  return w;
}

/**
 * Starts the worker (loading the addon, reading the fonts, creating the compiler) without compiling, so a cold export
 * does that while the main thread reads the plan and builds the document. Calling it again does nothing.
 */
export function prepareTypst(): void {
  getWorker();
}

/** Compiles the document to PDF bytes in the worker; an aborted signal stops the compile. */
export function compileTypstPdf(input: TypstInput, options: { standard: TypstPdfStandard; date?: Date; signal?: AbortSignal }): Promise<{ pdf: Uint8Array; pages: number }> {
  if (options.signal?.aborted) return Promise.reject(new PlanverkError('CANCELLED'));
  const w = getWorker();
  const id = nextId++;
  return new Promise((resolve, reject) => {
    const onAbort = () => void stopTypstWorker();
    options.signal?.addEventListener('abort', onAbort, { once: true });
    const done = () => options.signal?.removeEventListener('abort', onAbort);
    pending.set(id, {
      resolve: (r) => (done(), resolve(r)),
      reject: (e) => (done(), reject(e)),
    });
    w.ref();
    const timestamp = Math.floor((options.date ?? new Date()).getTime() / 1000);
    w.postMessage({ id, main: input.main, data: input.data, files: input.files, standard: options.standard, timestamp });
  });
}

/** Ends the worker (cancel, quit); pending compiles are rejected as cancelled. */
export async function stopTypstWorker(): Promise<void> {
  const w = worker;
  worker = null;
  if (w) await w.terminate();
}
