// `npm run cli -- <command> …` from the TypeScript sources (tsx electron/cli/main.ts …). The bundle (scripts/build-cli.mjs)
// is built from process.ts and started by scripts/cli.mjs.
import { runCliProcess } from './process';

process.exitCode = await runCliProcess(process.argv.slice(2));
