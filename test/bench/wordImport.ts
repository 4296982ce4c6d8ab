// Word import with review content (issue 15): the 200-page reference plan exported with 500 comments and 500 tracked
// changes, imported into a new plan file, against the same plan's clean DOCX in interleaved rounds; and the cost of
// the real XML parser alone (xmldom: parse, mark, serialise word/document.xml).
import { readFileSync, writeFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { renderDocx } from '../../shared/document/docx/docxRenderer';
import { buildDocument } from '../../shared/document/builder';
import { emptyPlan } from '../../shared/domain/emptyPlan';
import { seededIds } from '../../shared/domain/ids';
import { createPlanFile } from '../../electron/services/store';
import { importDocxFile } from '../../electron/services/import/importDocx';
import { markReviewXml } from '../../electron/services/import/review/markReviewXml';
import { tempDir } from '../services/store/helpers';
import { buildReferencePlan } from './referencePlan';
import { withReviewLoad } from './reviewExport';
import type { Figures } from './run';

const ROUNDS = 3;
const p50 = (xs: number[]) => Number([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!.toFixed(0));

export async function benchWordImport(): Promise<Figures> {
  const clean = buildDocument(buildReferencePlan(), { part: 'plan', watermark: 'none' });
  const date = new Date('2025-04-15T08:00:00Z');
  const tmp = tempDir('planverk-bench-wordimport-');
  try {
    const docs = { clean: tmp.file('ren.docx'), review: tmp.file('gjennomgang.docx') };
    writeFileSync(docs.clean, await renderDocx(clean, { date }));
    writeFileSync(docs.review, await renderDocx(withReviewLoad(clean), { date }));
    const times = { clean: [] as number[], review: [] as number[], xml: [] as number[] };
    let n = 0;
    let counted = { suggestions: 0, comments: 0 };
    for (let round = 0; round < ROUNDS; round++) {
      for (const name of ['clean', 'review'] as const) {
        const file = createPlanFile(tmp.file(`plan-${n++}.planverk`), emptyPlan(seededIds('p')));
        const start = performance.now();
        const r = await importDocxFile(file, docs[name], seededIds('i'));
        times[name].push(performance.now() - start);
        if (name === 'review') counted = { suggestions: r.suggestions, comments: r.comments };
        file.close();
      }
      const xml = strFromU8(unzipSync(readFileSync(docs.review))['word/document.xml']!);
      const start = performance.now();
      markReviewXml(xml, 'bench.docx');
      times.xml.push(performance.now() - start);
    }
    return {
      'wordImport.docx.clean.p50': { value: p50(times.clean), unit: 'ms' },
      'wordImport.docx.review.p50': { value: p50(times.review), unit: 'ms', anchor: 'wordImport.docx.clean.p50' },
      'wordImport.docx.review.xmldom.p50': { value: p50(times.xml), unit: 'ms', anchor: 'wordImport.docx.clean.p50' },
      'wordImport.docx.review.suggestions': { value: counted.suggestions, unit: 'count' },
      'wordImport.docx.review.comments': { value: counted.comments, unit: 'count' },
    };
  } finally {
    tmp.cleanup();
  }
}
