// Every argument of the API that names a file or folder on disk, and what it names. The page of browser mode may only
// name places inside the folders the user picked, and the bridge checks each argument listed here in one place
// (electron/services/start/planFolders.ts). A call with a path argument missing from this list fails a unit test
// (test/services/start/pathArguments.test.ts), so a new call cannot bypass the rule.
import { PROFILE_EXTENSION } from './calls/profile';
import type { ArgsOf, CallName } from './contract';

/**
 * - plan: a .planverk file directly in a picked folder (opened, created, written or merged);
 * - folder: one of the picked folders itself;
 * - read: a file directly in a picked folder that the call only reads (its service says whether the content is right);
 * - write: a file directly in a picked folder that the call writes, with one of the extensions given, so that it
 *   cannot be aimed at a plan or any other kind of file in that folder. `addMissing`: the call adds that extension
 *   when the page leaves it out.
 */
export type PathRule =
  | { kind: 'plan' }
  | { kind: 'folder' }
  | { kind: 'read' }
  | { kind: 'write'; extensions: readonly string[]; addMissing?: string };

type PathArgumentsOf<K extends CallName> = { [A in keyof ArgsOf<K>]?: PathRule };
export type PathArguments = { [K in CallName]?: PathArgumentsOf<K> };

const PLAN: PathRule = { kind: 'plan' };
const FOLDER: PathRule = { kind: 'folder' };
const READ: PathRule = { kind: 'read' };
const EXPORT_OUT: PathRule = { kind: 'write', extensions: ['.docx', '.pdf', '.html'] };

export const PATH_ARGUMENTS = {
  'file.open': { path: PLAN },
  'file.new': { path: PLAN },
  'file.newFromTemplate': { path: PLAN },
  'file.saveAs': { path: PLAN },
  'merge.preview': { path: PLAN },
  'merge.run': { path: PLAN },
  'merge.previewCopies': { paths: PLAN },
  'merge.runCopies': { paths: PLAN },
  'start.newPlan': { folder: FOLDER },
  'start.sampleCopy': { folder: FOLDER },
  'import.docx': { path: READ },
  'matrix.importFile': { path: READ },
  'tables.importMeasures': { path: READ },
  'profile.importFile': { path: READ },
  'matrix.exportXlsx': { path: { kind: 'write', extensions: ['.xlsx'] } },
  'profile.exportFile': { path: { kind: 'write', extensions: [PROFILE_EXTENSION], addMissing: PROFILE_EXTENSION } },
  'export.run': { out: EXPORT_OUT },
  'export.start': { out: EXPORT_OUT },
  'versions.export': { out: EXPORT_OUT },
  'versions.restore': { path: PLAN },
  'compare.run': { fromPath: READ },
} as const satisfies PathArguments;
