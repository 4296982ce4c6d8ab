// The structure part of a merge report (and of `check`) as lines a user reads: rows kept alive, cycles broken,
// rows deleted on one side and edited on the other with the edited text, paragraph text offered back, and text both
// sides moved alike, kept once.
import type { DeletedEdit, DoubledText, MergeRepairItem, MergeSummary, OfferedText } from '../../shared/api/calls/merge';
import { valueLine } from '../../shared/merge/valueText';

const side = (s: 'here' | 'copy'): string => (s === 'here' ? 'i planen' : 'i kopien');
const other = (s: 'here' | 'copy'): string => (s === 'here' ? 'i kopien' : 'i planen');
const quoted = (text: string): string => `«${valueLine(text)}»`;

export function repairLine(r: MergeRepairItem): string {
  switch (r.kind) {
    case 'restored':
      return `«${r.rowLabel}» var slettet, men beholdes fordi «${r.via?.rowLabel ?? ''}» hører til den.`;
    case 'editedAfterDelete':
      return `«${r.rowLabel}» var slettet, men ble endret senere; den beholdes med endringen.`;
    case 'cycleBroken':
      return `«${r.rowLabel}» og det den var flyttet inn under, var flyttet inn under hverandre; «${r.rowLabel}» er lagt øverst.`;
    case 'movedUp':
      return `«${r.rowLabel}» lå under et område som er flyttet til et annet tema; det ligger nå øverst i sitt tema.`;
    case 'referenceCleared':
      return `«${r.rowLabel}» viste til noe som ikke finnes; henvisningen er fjernet.`;
    case 'hidden':
      return `«${r.rowLabel}» hører til noe som ikke finnes, og vises ikke.`;
  }
}

export function deletedEditLine(d: DeletedEdit): string {
  const edits = d.edits.map((e) => `${e.column} ${quoted(e.text)}`).join(', ');
  const outcome = d.outcome === 'restored' ? 'den beholdes med endringen' : `slettingen gjelder; endringen ${other(d.deletedIn)} var: ${edits}`;
  return `«${d.rowLabel}» er slettet ${side(d.deletedIn)} og endret ${other(d.deletedIn)}: ${outcome}.`;
}

export function offeredTextLine(o: OfferedText): string {
  return `Et avsnitt i «${o.chapterTitle}» er slettet ${other(o.from)}, men endret ${side(o.from)}; teksten tas vare på her: ${quoted(o.text)}`;
}

export function doubledTextLine(d: DoubledText): string {
  return `Teksten ${quoted(d.text)} i «${d.chapterTitle}» var flyttet likt i planen og i kopien og står nå én gang.`;
}

/** Every structure line of a merge summary, indented under the summary line. */
export function structureLines(summary: Pick<MergeSummary, 'repairs' | 'deletedEdits' | 'offeredText' | 'doubledText'>): string[] {
  return [
    ...summary.deletedEdits.map(deletedEditLine),
    ...summary.repairs.filter((r) => r.kind !== 'editedAfterDelete').map(repairLine),
    ...summary.offeredText.map(offeredTextLine),
    ...summary.doubledText.map(doubledTextLine),
  ].map(
    (l) => `  ${l}`,
  );
}
