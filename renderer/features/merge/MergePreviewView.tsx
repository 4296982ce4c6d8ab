// What copies bring, as the preview and the merge report it: per copy (who sent what) the rows per table, chapters
// with text from the copy, and the fields changed on both sides, with both values and the one the change log uses.
import { MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { MergeCopiesPreview, MergePreview, MergeSummary } from '../../../shared/api/calls/merge';
import { useT } from '../../app/i18n';
import { DataTable } from '../../components/DataTable';
import { MergeReviewPeople } from './MergeReviewPeople';
import { MergeRules, MergeStructureList } from './MergeStructureList';
import { changedTables, clockWarning, dateAndTime, entityLabel, fieldLabel, fileName, formatValue } from './mergeText';

const useStyles = makeStyles({
  help: { color: tokens.colorNeutralForeground2, maxWidth: '70ch' },
  winner: { fontWeight: tokens.fontWeightSemibold },
  path: { wordBreak: 'break-all' },
});

export function MergeCountsTable({ summary }: { summary: MergeSummary }) {
  const t = useT();
  if (summary.nothingNew) return <p data-testid="merge-nothing-new">{t('merge.nothingNew')}</p>;
  return (
    <>
      {summary.versions > 0 && <p data-testid="merge-versions">{t('merge.versions', { count: String(summary.versions) })}</p>}
      <DataTable
        caption={t('merge.countsCaption')}
        columns={[t('merge.col.what'), t('merge.col.added'), t('merge.col.changed'), t('merge.col.deleted')]}
        rows={changedTables(summary.counts).map((table) => {
          const c = summary.counts[table];
          return { key: table, cells: [entityLabel(t, table), c.added, c.changed, c.deleted] };
        })}
        testId="merge-counts"
      />
    </>
  );
}

/** Sub-headings sit one level below the copy's own heading (h3 under the preview, h4 under one copy of several). */
type Level = 3 | 4;
function SubHeading({ level, children }: { level: Level; children: ReactNode }) {
  return level === 3 ? <h3>{children}</h3> : <h4>{children}</h4>;
}

export function MergeChapters({ summary, level = 3 }: { summary: MergeSummary; level?: Level }) {
  const t = useT();
  const styles = useStyles();
  return (
    <>
      <SubHeading level={level}>{t('merge.chaptersHeading')}</SubHeading>
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

export function MergeConflicts({ summary, level = 3 }: { summary: MergeSummary; level?: Level }) {
  const t = useT();
  const styles = useStyles();
  const { conflicts } = summary;
  return (
    <>
      <SubHeading level={level}>{t('merge.conflictsHeading', { count: conflicts.length })}</SubHeading>
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

/** One copy's part: who sent it (title, file, last change), then what it brings. */
function CopyReport({ copy, n, count }: { copy: MergePreview; n: number; count: number }) {
  const t = useT();
  const styles = useStyles();
  const single = count === 1;
  return (
    <section aria-label={t('merge.copyHeading', { n, count, title: copy.copyTitle })} data-testid={`merge-copy-${n}`}>
      {single ? (
        <p>{t('merge.copyTitle', { title: copy.copyTitle })}</p>
      ) : (
        <h3>{t('merge.copyHeading', { n, count, title: copy.copyTitle })}</h3>
      )}
      <p>
        <span className={styles.path} title={copy.path}>
          {t('merge.copyFile', { path: single ? copy.path : fileName(copy.path) })}
        </span>
        <br />
        {copy.copyLastChange ? t('merge.copyLastChange', dateAndTime(copy.copyLastChange)) : t('merge.copyNoChanges')}
      </p>
      {copy.clock && (
        <MessageBar intent="warning" layout="multiline" data-testid="merge-clock">
          <MessageBarBody>{clockWarning(t, copy.clock)}</MessageBarBody>
        </MessageBar>
      )}
      <MergeCountsTable summary={copy} />
      <MergeReviewPeople summary={copy} />
      <MergeChapters summary={copy} level={single ? 3 : 4} />
      <MergeConflicts summary={copy} level={single ? 3 : 4} />
      <MergeStructureList summary={copy} level={single ? 3 : 4} />
    </section>
  );
}

/** Every copy's part in the order they merge, then (for several) what they bring together. */
export function MergeCopiesReport({ report }: { report: MergeCopiesPreview }) {
  const t = useT();
  const count = report.copies.length;
  return (
    <>
      {report.copies.map((copy, i) => (
        <CopyReport key={copy.path} copy={copy} n={i + 1} count={count} />
      ))}
      {count > 1 && (
        <section aria-labelledby="merge-total-heading" data-testid="merge-total">
          <h3 id="merge-total-heading">{t('merge.totalHeading')}</h3>
          <MergeCountsTable summary={report.total} />
          <MergeReviewPeople summary={report.total} testId="merge-review-total" />
        </section>
      )}
      <MergeRules />
    </>
  );
}
