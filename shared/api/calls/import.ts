// Importing documents into the open plan.
import { z } from 'zod';
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
  /** Norwegian sentences about what could not be brought over (e.g. EMF images). */
  warnings: string[];
};

export const importCalls = {
  /** Adds the chapters of a .docx to the plan (one undo step); refuses non-Word and damaged files with NOT_DOCX. */
  'import.docx': call(z.object({ path: z.string().min(1).max(4096) }), result<ImportDocxResult>()),
};
