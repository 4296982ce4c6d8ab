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
  build: {
    outDir: here('../build/renderer'),
    emptyOutDir: true,
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 4000,
    sourcemap: false,
  },
});
