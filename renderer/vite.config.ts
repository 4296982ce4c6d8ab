// Builds the renderer into build/renderer with relative asset paths, so the same files load from the Electron
// custom protocol and from the loopback bridge. No inline scripts: the CSP allows script-src 'self' only.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// This file runs in Node at build time, but lives under renderer/, whose lint forbids Node built-ins: URL is enough.
const here = (relative: string) => decodeURIComponent(new URL(relative, import.meta.url).pathname);

export default defineConfig({
  root: here('.'),
  base: './',
  plugins: [react()],
  // The dictionary packages export only their index.js; the spell worker imports their .aff/.dic files as URLs
  // (emitted as separate files, as their GPL-2.0 licence asks).
  // hunspell-asm's and its loader's ES builds call `import * as nanoid` as a function (breaks when bundled); their
  // CommonJS builds are fine.
  resolve: {
    alias: [
      { find: '@dictionaries', replacement: here('../node_modules') },
      { find: /^hunspell-asm$/, replacement: here('../node_modules/hunspell-asm/dist/cjs/index.js') },
      { find: /^emscripten-wasm-loader$/, replacement: here('../node_modules/emscripten-wasm-loader/dist/cjs/index.js') },
    ],
  },
  worker: { format: 'es' },
  build: {
    outDir: here('../build/renderer'),
    emptyOutDir: true,
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 4000,
    sourcemap: false,
    rollupOptions: {
      output: {
        // zod and zodConfig in one chunk of their own, zodConfig last: zod 4 probes `new Function` when a schema is
        // *built*, so jitless must be set before any module that builds one runs. Sharing a chunk with the plan's
        // schemas evaluated those before zodConfig and tripped the eval CSP on every page.
        manualChunks: (id: string) => (/[\\/]node_modules[\\/]zod[\\/]|[\\/]renderer[\\/]zodConfig\.ts$/.test(id) ? 'zod' : undefined),
      },
    },
  },
});
