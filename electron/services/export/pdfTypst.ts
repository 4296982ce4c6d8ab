// PDF through Typst: DocModel → Typst program + JSON (shared/document/typst) → compiled in the worker → Planverk named
// as Creator and Producer. Tagged PDF by default (headings, tables with header cells, figures with alt text, language,
// title, bookmarks; page furniture as artifacts); PDF/A-2a when asked for archiving.
import type { DocModel } from '../../../shared/document/model';
import { renderTypst } from '../../../shared/document/typst/typstRenderer';
import { withCreator } from './pdfMetadata';
import { compileTypstPdf } from './typstCompiler';

export type TypstPdfOptions = { pdfa?: boolean; date?: Date; signal?: AbortSignal };

export async function printTypstPdf(model: DocModel, options: TypstPdfOptions = {}): Promise<Uint8Array> {
  const { pdf } = await compileTypstPdf(renderTypst(model), { standard: options.pdfa ? 'a-2a' : '1.7', date: options.date, signal: options.signal });
  return withCreator(pdf);
}
