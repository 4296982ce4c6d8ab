// What a copy brings, as the preview and the merge report it: rows per table, chapters with text from the copy,
// and the fields both copies changed, with both values and the one the change log uses.
import { makeStyles, tokens } from '@fluentui/react-components';
import type { MergeSummary } from '../../../shared/api/calls/merge';
import { useT } from '../../app/i18n';
import { DataTable } from '../../components/DataTable';
import { changedTables, dateAndTime, entityLabel, fieldLabel, formatValue } from './mergeText';

const useStyles = makeStyles({
  help: { color: tokens.colorNeutralForeground2, maxWidth: '70ch' },
  winner: { fontWeight: tokens.fontWeightSemibold },
});

export function MergeCountsTable({ summary }: { summary: MergeSummary }) {
  const t = useT();
  if (summary.nothingNew) return <p data-testid="merge-nothing-new">{t('merge.nothingNew')}</p>;
  return (
    <DataTable
      caption={t('merge.countsCaption')}
      columns={[t('merge.col.what'), t('merge.col.added'), t('merge.col.changed'), t('merge.col.deleted')]}
      rows={changedTables(summary.counts).map((table) => {
        const c = summary.counts[table];
        return { key: table, cells: [entityLabel(t, table), c.added, c.changed, c.deleted] };
      })}
      testId="merge-counts"
    />
  );
}

export function MergeChapters({ summary }: { summary: MergeSummary }) {
  const t = useT();
  const styles = useStyles();
  return (
    <>
      <h3>{t('merge.chaptersHeading')}</h3>
      {summary.chapters.length === 0 ? (
        <p>{t('merge.noChapters')}</p>
      ) : (
        <>
          <p className={styles.help}>{t('merge.chaptersHelp')}</p>
          <ul data-testid="merge-chapters">
            {summary.chapters.map((c) => (
              <li key={c.id}>
                {c.title}
                {c.isNew ? ` ${t('merge.chapterNew')}` : ''}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

export function MergeConflicts({ summary }: { summary: MergeSummary }) {
  const t = useT();
  const styles = useStyles();
  const { conflicts } = summary;
  return (
    <>
      <h3>{t('merge.conflictsHeading', { count: conflicts.length })}</h3>
      {conflicts.length === 0 ? (
        <p>{t('merge.noConflicts')}</p>
      ) : (
        <>
          <p className={styles.help}>{t('merge.conflictsHelp')}</p>
          <DataTable
            caption={t('merge.conflictsCaption')}
            columns={[t('merge.col.row'), t('merge.col.field'), t('merge.col.here'), t('merge.col.copy'), t('merge.col.winner')]}
            rows={conflicts.map((c) => {
              const at = dateAndTime(c.winner === 'copy' ? c.copyAt : c.hereAt);
              return {
                key: `${c.table}:${c.rowId}:${c.column}`,
                cells: [
                  `${entityLabel(t, c.table)}: ${c.rowLabel}`,
                  fieldLabel(t, c.column),
                  <span className={c.winner === 'here' ? styles.winner : undefined}>{formatValue(t, c, c.here)}</span>,
                  <span className={c.winner === 'copy' ? styles.winner : undefined}>{formatValue(t, c, c.copy)}</span>,
                  t(c.winner === 'copy' ? 'merge.winnerCopy' : 'merge.winnerHere', at),
                ],
              };
            })}
            testId="merge-conflicts"
          />
        </>
      )}
    </>
  );
}
