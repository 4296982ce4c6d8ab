// The CLI's command table. Add a command here (one file per command under commands/). Each is loaded when it runs,
// so `check` does not pay for loading the DOCX/PDF export or the importers (the bundle splits them into chunks).
import type { Command } from '../command';

export const COMMANDS: Record<string, () => Promise<Command>> = {
  new: async () => (await import('./new')).newCommand,
  check: async () => (await import('./check')).checkCommand,
  spell: async () => (await import('./spell')).spellCommand,
  words: async () => (await import('./words')).wordsCommand,
  'export-json': async () => (await import('./exportJson')).exportJsonCommand,
  export: async () => (await import('./export')).exportCommand,
  merge: async () => (await import('./merge')).mergeCommand,
  versions: async () => (await import('./versions')).versionsCommand,
  version: async () => (await import('./versions')).versionCommand,
  compare: async () => (await import('./compare')).compareCommand,
  review: async () => (await import('./review')).reviewCommand,
  'import-docx': async () => (await import('./import-docx')).importDocxCommand,
  'import-matrix': async () => (await import('./importSheets')).importMatrixCommand,
  'import-measures': async () => (await import('./importSheets')).importMeasuresCommand,
};
