#!/usr/bin/env node
// `npm start [file.planverk]`: the desktop app when Electron can run here, otherwise browser mode in one line's notice.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildElectron } from './build-electron.mjs';
import { electronBinary, electronUnavailableReason, prepareElectronNative, root } from './electron-env.mjs';

// npm runs scripts from the package folder; a relative file name means the folder the user typed the command in.
const userCwd = process.env.INIT_CWD ?? process.cwd();
const fileArg = process.argv.slice(2).find((arg) => !arg.startsWith('-'));
const file = fileArg ? resolve(userCwd, fileArg) : null;
if (file && !existsSync(file)) {
  console.error(`Fant ikke filen ${file}.`);
  process.exit(1);
}

/** Runs a child with our terminal and passes its exit code on; Ctrl+C reaches the child through the process group. */
function run(command, args) {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

const reason = electronUnavailableReason();
if (reason) {
  console.log(`${reason}; starter nettlesermodus i stedet.`);
  run(join(root, 'node_modules', '.bin', 'tsx'), ['electron/web/serve.ts', ...(file ? [file] : [])]);
} else {
  if (!existsSync(join(root, 'build', 'renderer', 'index.html'))) {
    const vite = spawnSync(join(root, 'node_modules', '.bin', 'vite'), ['build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
    if (vite.status !== 0) process.exit(vite.status ?? 1);
  }
  await buildElectron();
  // Without an Electron build of better-sqlite3 the app cannot open plans; say so, but let the window show the error.
  if (!(await prepareElectronNative())) console.log('Planverk kan ikke åpne planfiler før better-sqlite3 er bygget for Electron (krever nett).');
  run(electronBinary(), ['.', ...(file ? [file] : [])]);
}
