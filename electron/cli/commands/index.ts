// The CLI's command table. Add a command here (one file per command under commands/).
import type { Command } from '../command';
import { checkCommand } from './check';
import { exportCommand } from './export';
import { exportJsonCommand } from './exportJson';
import { importDocxCommand } from './import-docx';
import { mergeCommand } from './merge';
import { newCommand } from './new';

export const COMMANDS: Record<string, Command> = {
  new: newCommand,
  check: checkCommand,
  'export-json': exportJsonCommand,
  export: exportCommand,
  merge: mergeCommand,
  'import-docx': importDocxCommand,
};
