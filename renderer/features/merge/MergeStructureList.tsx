// The structure part of a merge report: rows kept alive, moves that crossed, delete against edit with the other side's
// text, paragraph text offered back, and text moved alike on both sides kept once; with the merge rules (the same as docs/architecture.md) as help.
import { makeStyles, tokens } from '@fluentui/react-components';
import type { MergeSummary } from '../../../shared/api/calls/merge';
import { useT, type Translate } from '../../app/i18n';

const useStyles = makeStyles({
  help: { color: tokens.colorNeutralForeground2, maxWidth: '70ch' },
  text: { whiteSpace: 'pre-wrap' },
});

function lines(t: Translate, summary: MergeSummary): Array<{ key: string; text: string }> {
  const out: Array<{ key: string; text: string }> = [];
  for (const d of summary.deletedEdits) {
    const where = d.deletedIn === 'here' ? 'Here' : 'Copy';
    const text = d.edits.map((e) => e.text).join(' / ');
    out.push({ key: `d:${d.table}:${d.rowId}`, text: t(d.outcome === 'restored' ? `merge.deletedEdit.restored${where}` : `merge.deletedEdit.deleted${where}`, { row: d.rowLabel, text }) });
  }
  for (const r of summary.repairs) {
    if (r.kind === 'editedAfterDelete') continue; // already said by the delete-against-edit line
    out.push({ key: `r:${r.kind}:${r.table}:${r.rowId}`, text: t(`merge.repair.${r.kind}`, { row: r.rowLabel, via: r.via?.rowLabel ?? '' }) });
  }
  summary.offeredText.forEach((o, i) =>
    out.push({ key: `o:${o.chapterId}:${i}`, text: t(o.from === 'copy' ? 'merge.offered.fromCopy' : 'merge.offered.fromHere', { chapter: o.chapterTitle, text: o.text }) }),
  );
  summary.doubledText.forEach((d, i) => out.push({ key: `m:${d.chapterId}:${i}`, text: t('merge.doubled', { chapter: d.chapterTitle, text: d.text }) }));
  return out;
}

/** One copy's structure items (nothing when there are none). */
export function MergeStructureList({ summary, level = 3 }: { summary: MergeSummary; level?: 3 | 4 }) {
  const t = useT();
  const styles = useStyles();
  const items = lines(t, summary);
  if (items.length === 0) return null;
  const Heading = level === 4 ? 'h4' : 'h3';
  return (
    <>
      <Heading>{t('merge.structureHeading', { count: items.length })}</Heading>
      <ul data-testid="merge-structure">
        {items.map((i) => (
          <li key={i.key} className={styles.text}>
            {i.text}
          </li>
        ))}
      </ul>
    </>
  );
}

/** The merge rules in the app's words (docs/architecture.md says the same), folded away under the report. */
export function MergeRules() {
  const t = useT();
  const styles = useStyles();
  return (
    <details>
      <summary>{t('merge.rulesHeading')}</summary>
      <p className={styles.help}>{t('merge.rules')}</p>
    </details>
  );
}
