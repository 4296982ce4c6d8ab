// The live block «Endringer etter høring» in a document: a line saying what the plan is compared with, then one table
// per part of the plan (the frame, the chapters, each table) listing where, what changed (in words, with the changed
// passages before and after) and the hearing inputs that caused it. Words, not strike-through: a reader of the clean
// document and a screen reader both get what changed. Without a hearing draft it says so in one sentence.
import { inputName, type HearingChange } from '../../compare/hearingChanges';
import { hearingChangeWords } from '../../compare/hearingChangeWords';
import type { Block, TableCell } from '../model';
import { headerCells, textCell } from './cells';
import type { BuildContext } from './context';

const paragraph = (text: string, italicLabel?: string): Block => ({
  kind: 'paragraph',
  runs: italicLabel ? [{ kind: 'text', text: `${italicLabel}: `, italic: true }, { kind: 'text', text }] : [{ kind: 'text', text }],
});

export function hearingChangeTables(ctx: BuildContext): Block[] {
  const w = hearingChangeWords(ctx.plan.plan.malform);
  const list = ctx.hearingChanges;
  if (!list) return [paragraph(w.noHearingDraft)];
  const intro = paragraph(`${w.comparedWith} ${list.label}.`);
  if (list.total === 0) return [intro, paragraph(w.noChanges)];
  return [
    intro,
    ...list.sections.map(
      (section): Block => ({
        kind: 'table',
        caption: ctx.tableCaption(`${w.title}: ${section.title}`),
        headerRows: [headerCells([w.where, w.what, w.inputs])],
        bodyRows: section.changes.map((c) => ({ cells: [{ ...textCell(c.place), rowHeader: true }, whatCell(c, w), inputsCell(c)] })),
        columnWidths: [3, 6, 3],
      }),
    ),
  ];
}

function whatCell(c: HearingChange, w: ReturnType<typeof hearingChangeWords>): TableCell {
  const blocks: Block[] = c.what.map((s) => paragraph(s));
  for (const p of c.passages) {
    blocks.push(paragraph(p.before ? `«${p.before}»` : w.nothing, w.before));
    blocks.push(paragraph(p.after ? `«${p.after}»` : w.nothing, w.after));
  }
  return { blocks };
}

const inputsCell = (c: HearingChange): TableCell => ({ blocks: c.inputs.map((i) => paragraph(inputName(i))) });
