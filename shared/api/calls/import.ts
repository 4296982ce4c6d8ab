// Importing documents into the open plan.
import { z } from 'zod';
import type { WordImportWarning } from '../../i18n/wordImportMessages';
import { call, result } from '../define';

export type ImportDocxResult = {
  /** The new chapters, parents before their sub-chapters. */
  chapterIds: string[];
  chapters: number;
  images: number;
  footnotes: number;
  /** Word's tracked changes brought in as suggestions, and Word comments (replies included) as comments. */
  suggestions: number;
  comments: number;
  /** What could not be brought over as it was (e.g. EMF images): key + params for the UI language, bokmål message for the CLI. */
  warnings: WordImportWarning[];
};

export const importCalls = {
  /** Adds the chapters of a .docx to the plan (one undo step); refuses non-Word and damaged files with NOT_DOCX. */
  'import.docx': call(z.object({ path: z.string().min(1).max(4096) }), result<ImportDocxResult>()),
};
