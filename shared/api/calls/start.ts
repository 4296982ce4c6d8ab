// Calls of the start screen: the plans the user can open (recent ones, and in browser mode those in the folders the
// user picked), a new plan of a kind and målform, and a copy of the sample plan to try Planverk on.
import { z } from 'zod';
import { Malform } from '../../domain/plan';
import { TemplateKindSchema } from '../../templates/kinds';
import { call, result } from '../define';
import type { OpenFileInfo } from './file';

/** A plan file as the start screen lists it; title and last change are read from the file when it can be opened. */
export type PlanEntry = { path: string; name: string; title: string | null; changedAt: string | null; exists: boolean };

/** A folder the page may create and open plans in (browser mode: picked on the command line, plus the default one). */
export type PlanFolder = { path: string; name: string; plans: PlanEntry[] };

export type StartOverview = {
  /** Browser mode: the only folders plans are read from and written to. Desktop: null (the system's file dialogs). */
  folders: PlanFolder[] | null;
  recent: PlanEntry[];
};

/** A file name the page chooses inside a folder: no separators, no leading dot, no control characters. */
export const PlanFileName = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .regex(/^[^/\\:*?"<>|]+$/, 'filnavn uten / \\ : * ? " < > |')
  .refine((n) => !n.startsWith('.'), 'filnavnet kan ikke begynne med punktum')
  .refine((n) => ![...n].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f), 'filnavnet har kontrolltegn');

const Where = { folder: z.string().min(1).max(4096).optional(), name: PlanFileName.optional() };

export const startCalls = {
  'start.overview': call(z.object({}), result<StartOverview>()),
  /** From the kind's template (shared/templates). Browser mode: `folder` (one of the overview's) and `name`. Desktop: the save dialog asks; null when cancelled. */
  'start.newPlan': call(z.object({ kind: TemplateKindSchema, malform: Malform, ...Where }), result<OpenFileInfo | null>()),
  /** A new file with the built-in sample plan, under a name not taken yet; the built-in sample itself is never a file. */
  'start.sampleCopy': call(z.object({ folder: Where.folder }), result<OpenFileInfo>()),
  /** Desktop: the open dialog; null when cancelled. Browser mode opens an entry of the overview with file.open. */
  'start.openDialog': call(z.object({}), result<OpenFileInfo | null>()),
};
