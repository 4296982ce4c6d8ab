// `import-docx <doc.docx> --into <file.planverk>`: adds the Word document's chapters (and images) to the plan.
import { PlanverkError } from '../../../shared/api/errors';
import { importDocxFile } from '../../services/import/importDocx';
import { openPlanFile } from '../../services/store';
import { parseArgs, type Command } from '../command';

export const importDocxCommand: Command = {
  usage: 'import-docx <dokument.docx> --into <fil.planverk>',
  async run(args, io, ctx) {
    const { positional, options } = parseArgs(args);
    const source = positional[0];
    const into = options.get('into');
    if (!source || typeof into !== 'string' || !into) throw new PlanverkError('INVALID_ARGS', `bruk: ${importDocxCommand.usage}`);
    const file = openPlanFile(into, { author: ctx.author() });
    try {
      const r = await importDocxFile(file, source);
      io.out(`Importerte ${r.chapters} kapitler, ${r.images} bilder og ${r.footnotes} fotnoter fra ${source}`);
      // Word's tracked changes and comments: said only when the document had any.
      if (r.suggestions > 0 || r.comments > 0) io.out(`Sporede endringer som forslag: ${r.suggestions}; kommentarer: ${r.comments}`);
      for (const w of r.warnings) io.err(`Advarsel: ${w.message}`);
      return 0;
    } finally {
      file.close();
    }
  },
};
