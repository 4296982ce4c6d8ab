// Preloaded into a CLI process by exportColdStart.test.ts (`node --import ./loadLog.mjs …`): appends the file of every
// module the process loads through `require` (the bundle's packages: better-sqlite3, playwright-core, docx, resvg, …)
// to the file named by PLANVERK_LOAD_LOG. Node's built-in modules are left out.
import { appendFileSync } from 'node:fs';
import Module from 'node:module';
import process from 'node:process';

const load = Module._load;
Module._load = function loadAndLog(request, parent, isMain) {
  const exports = load.call(this, request, parent, isMain);
  if (process.env.PLANVERK_LOAD_LOG && !Module.isBuiltin(request)) {
    appendFileSync(process.env.PLANVERK_LOAD_LOG, `${Module._resolveFilename(request, parent, isMain)}\n`);
  }
  return exports;
};
