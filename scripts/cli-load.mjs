// Runs the CLI bundle (one CommonJS file) with V8's code cache: the bytecode of the functions a command ran is kept on
// disk after its first successful run, so the next run of that command neither parses nor compiles them again
// (≈ 0.1–0.15 s of CPU on a PDF export). Node 20 has no cache of its own (module.enableCompileCache came in 22.1), so
// the bundle is compiled here through vm.Script, as Node's own CommonJS loader does it.
import { closeSync, fstatSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';

/**
 * Compiles and runs the CommonJS file `file` (with `require`, `module`, `__filename`, `__dirname` as Node gives them)
 * and returns its exports, using the code cache `<cacheDir>/<key>.<stamp>.v8` when V8 accepts it. The stamp is the
 * file's inode, size and modification time as read: V8 checks only a cache's length, version and flags against the
 * source, so a rebuilt bundle must never find the cache of the one before. `saveCache()` writes the cache when there
 * was none to use; call it once the work is done, so the functions that ran are in it.
 * @param {string} file
 * @param {string} cacheDir
 * @param {string} key
 * @returns {{ exports: any, cacheUsed: boolean, saveCache: () => void }}
 */
export function loadWithCodeCache(file, cacheDir, key) {
  const fd = openSync(file, 'r');
  let source;
  let stamp;
  try {
    const stat = fstatSync(fd, { bigint: true });
    stamp = `${stat.ino}-${stat.size}-${stat.mtimeNs}`;
    source = readFileSync(fd, 'utf8');
  } finally {
    closeSync(fd);
  }
  const cacheFile = join(cacheDir, `${key}.${stamp}.v8`);
  const cachedData = readIfThere(cacheFile);
  const script = new Script(Module.wrap(source), { filename: file, cachedData });
  const cacheUsed = cachedData !== undefined && !script.cachedDataRejected;
  const module = { exports: {}, filename: file, id: file, loaded: false };
  script.runInThisContext().call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  module.loaded = true;
  return {
    exports: module.exports,
    cacheUsed,
    saveCache() {
      if (cacheUsed) return;
      const partial = `${cacheFile}.${process.pid}.tmp`;
      try {
        mkdirSync(cacheDir, { recursive: true });
        writeFileSync(partial, script.createCachedData());
        // Whole or not at all: a run reading the cache never sees half a file.
        renameSync(partial, cacheFile);
      } catch {
        // A read-only install runs without a cache.
        rmSync(partial, { force: true });
      }
    },
  };
}

/** The file's bytes, or undefined when there is none (or it cannot be read). */
function readIfThere(file) {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}
