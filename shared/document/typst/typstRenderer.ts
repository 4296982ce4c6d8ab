// DocModel → what the Typst compiler needs: the fixed program, the document as JSON and the image files. Pure (no
// Node): the compiler itself runs in electron/services/export (a native addon, off the main thread).
import type { DocModel } from '../model';
import { TYPST_DATA_PATH, toTypstDoc, type TypstFile } from './typstData';
import { TYPST_PROGRAM } from './typstProgram';

export type TypstInput = {
  /** The Typst source: always TYPST_PROGRAM, never built from plan text. */
  main: string;
  /** Virtual files by absolute path: the JSON document (text) and the images (base64). */
  data: { path: string; json: string };
  files: TypstFile[];
};

export function renderTypst(model: DocModel): TypstInput {
  const { doc, files } = toTypstDoc(model);
  return { main: TYPST_PROGRAM, data: { path: TYPST_DATA_PATH, json: JSON.stringify(doc) }, files };
}
