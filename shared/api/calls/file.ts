// Calls about the open plan file: open, new, save as, share, status.
import { z } from 'zod';
import { call, result } from '../define';
import type { ErrorCode } from '../errors';
import { Malform } from '../../domain/plan';
import { TemplateKindSchema } from '../../templates/kinds';

export type OpenFileInfo = {
  path: string;
  name: string;
  title: string;
  schemaVersion: number;
  readOnly: boolean;
  /** Why the file is read-only or why saving stopped, as an error code the UI can show. */
  problem: ErrorCode | null;
  /** Changes accepted but not yet in the file (disk full, file gone): kept in memory until «Lagre som». */
  pendingChanges: number;
  savedAt: string | null;
  /** A copy shared as «mottakerne foreslår endringer»: the chapter editor starts in suggestion mode (the person may switch it off). */
  suggestPreset?: true;
};

const FilePath = z.string().min(1).max(4096);

export const fileCalls = {
  'file.current': call(z.object({}), result<OpenFileInfo | null>()),
  'file.open': call(z.object({ path: FilePath, readOnly: z.boolean().optional() }), result<OpenFileInfo>()),
  /** `overwrite` replaces an existing file; only the desktop shell passes it, after its save dialog confirmed. */
  'file.new': call(z.object({ path: FilePath, sample: z.boolean(), overwrite: z.boolean().optional() }), result<OpenFileInfo>()),
  /**
   * «Ny plan» of a kind (kommunedelplan, planprogram): the template's chapter skeleton with its live blocks in the
   * chosen målform, or with `sample` the built-in sample of that kind (written in bokmål). The default profile applies
   * to templates as to empty plans.
   */
  'file.newFromTemplate': call(
    z.object({ path: FilePath, kind: TemplateKindSchema, malform: Malform.default('nb'), sample: z.boolean().optional(), overwrite: z.boolean().optional() }),
    result<OpenFileInfo>(),
  ),
  'file.saveAs': call(z.object({ path: FilePath }), result<OpenFileInfo>()),
  'file.recent': call(z.object({}), result<string[]>()),
};
