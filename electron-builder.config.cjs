// Packaging for Windows (NSIS), macOS (dmg) and Linux (AppImage, deb): `npm run dist` (needs the network for Electron).
/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'no.planverk.app',
  productName: 'Planverk',
  copyright: 'Planverk',
  directories: { output: 'dist', buildResources: 'build/resources' },
  // Only the bundles, the built renderer and package.json go into app.asar; the bundles hold all JS dependencies
  // except better-sqlite3, which electron-builder adds from node_modules as a production dependency.
  files: ['build/electron/**', 'build/renderer/**', 'package.json', '!**/*.map'],
  // A .node file cannot be loaded from inside an asar archive. @resvg/resvg-js (the DOCX timeline's PNG fallback) is
  // N-API, so its prebuilt addon loads in Electron as is; it comes from the per-platform optional package npm installed
  // (@resvg/resvg-js-<platform>), so build each platform's installer on that platform (or install its package first).
  // The Typst compiler (@myriaddreamin/typst-ts-node-compiler-<platform>, PDF export) is N-API too; its worker thread
  // requires it by path. The shipped fonts (Carlito) are read with fs and handed to Typst as bytes, so they stay packed.
  asarUnpack: ['**/node_modules/better-sqlite3/**/*.node', '**/node_modules/@resvg/**/*.node', '**/node_modules/@myriaddreamin/**/*.node'],
  extraResources: [
    { from: 'migrations', to: 'migrations' },
    // better-sqlite3 compiled for this Electron's ABI by scripts/electron-env.mjs (the shell passes it as nativeBinding).
    { from: 'build/native', to: 'native', filter: ['better_sqlite3.node'] },
  ],
  // Offline, electron-builder's own rebuild compiles better-sqlite3 against Node's headers and yields a module
  // Electron cannot load (docs/toolchain); the Electron build comes from build/native instead.
  npmRebuild: false,
  fileAssociations: [
    {
      ext: 'planverk',
      name: 'Planverk-plan',
      description: 'Planverk-plan',
      mimeType: 'application/x-planverk',
      role: 'Editor',
    },
  ],
  win: { target: [{ target: 'nsis', arch: ['x64'] }] },
  nsis: { oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true, language: '1044' },
  mac: { target: ['dmg'], category: 'public.app-category.productivity' },
  linux: { target: ['AppImage', 'deb'], category: 'Office', maintainer: 'Planverk', synopsis: 'Kommunedelplaner og høringsdokumenter' },
  deb: { depends: ['libnss3', 'libgtk-3-0', 'libxss1', 'libasound2'] },
};
