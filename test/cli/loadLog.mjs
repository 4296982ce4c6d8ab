// Preloaded into a CLI process by exportColdStart.test.ts (`node --import ./loadLog.mjs …`): registers a module resolve
// hook that appends every module URL the process loads through ESM (the bundle's chunks and its external packages) to
// the file named by PLANVERK_LOAD_LOG.
import { register } from 'node:module';

register('./loadLogHooks.mjs', import.meta.url);
