// What copies bring, as the preview and the merge report it: per copy (who sent what) the rows per table, chapters
// with text from the copy, and the fields changed on both sides, with both values and the one the change log uses.
import { MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { ConflictAuthor, MergeCopiesPreview, MergePreview, MergeSummary } from '../../../shared/api/calls/merge';
import { onlyVersions } from '../../../shared/merge/versionNews';
import { useT } from '../../app/i18n';
import { DataTable } from '../../components/DataTable';
import { MergeReviewPeople } from './MergeReviewPeople';
import { MergeRules, MergeStructureList } from './MergeStructureList';
import { UseOtherValue } from './UseOtherValue';
import { changedTables, clockWarning, dateAndTime, entityLabel, fieldLabel, fileName, formatValue } from './mergeText';

const useStyles = makeStyles({
  help: { color: tokens.colorNeutralForeground2, maxWidth: '70ch' },
  winner: { fontWeight: tokens.fontWeightSemibold },
  path: { wordBreak: 'break-all' },
  author: { display: 'block', color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

export function MergeCountsTable({ summary }: { summary: MergeSummary }) {
  const t = useT();
  if (summary.nothingNew) return <p data-testid="merge-nothing-new">{t('merge.nothingNew')}</p>;
  const versionsOnly = onlyVersions(summary);
  return (
    <>
      {summary.versions.length > 0 && (
        <div data-testid="merge-versions">
          <p>{t(versionsOnly ? 'merge.onlyVersions' : 'merge.versions')}</p>
          <ul>
            {summary.versions.map((v, i) => (
              <li key={i}>{t(v.change === 'new' ? 'merge.versionNew' : 'merge.versionDeleted', { name: v.name })}</li>
            ))}
          </ul>
        </div>
      )}
      {/* A copy bringing only versions changes no row: a table of zeros would say nothing. */}
      {!versionsOnly && (
        <DataTable
          caption={t('merge.countsCaption')}
          columns={[t('merge.col.what'), t('merge.col.added'), t('merge.col.changed'), t('merge.col.deleted')]}
          rows={changedTables(summary.counts).map((table) => {
            const c = summary.counts[table];
            return { key: table, cells: [entityLabel(t, table), c.added, c.changed, c.deleted] };
          })}
          testId="merge-counts"
        />
      )}
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

/** `decide`: after the merge, each conflict offers «Bruk den andre verdien». */
export function MergeConflicts({ summary, level = 3, decide = false }: { summary: MergeSummary; level?: Level; decide?: boolean }) {
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
            columns={[t('merge.col.row'), t('merge.col.field'), t('merge.col.here'), t('merge.col.copy'), t('merge.col.winner'), ...(decide ? [t('mergeReview.col.decide')] : [])]}
            rows={conflicts.map((c) => {
              const at = dateAndTime(c.winner === 'copy' ? c.copyAt : c.hereAt);
              return {
                key: `${c.table}:${c.rowId}:${c.column}`,
                cells: [
                  `${entityLabel(t, c.table)}: ${c.rowLabel}`,
                  fieldLabel(t, c.column),
                  <ConflictValue text={formatValue(t, c, c.here)} author={c.hereAuthor} winner={c.winner === 'here'} />,
                  <ConflictValue text={formatValue(t, c, c.copy)} author={c.copyAuthor} winner={c.winner === 'copy'} />,
                  t(c.winner === 'copy' ? 'merge.winnerCopy' : 'merge.winnerHere', at),
                  ...(decide ? [<UseOtherValue conflict={c} />] : []),
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

/** A conflicting value and who wrote it («av Kari Nordmann (Helse)»). */
function ConflictValue({ text, author, winner }: { text: string; author: ConflictAuthor | null; winner: boolean }) {
  const t = useT();
  const styles = useStyles();
  return (
    <>
      <span className={winner ? styles.winner : undefined}>{text}</span>
      {/* A space, so a screen reader says «… av Kari», not one run-together word. */}
      {author && ' '}
      {author && <span className={styles.author}>{t('mergeReview.by', { name: author.group ? `${author.name} (${author.group})` : author.name })}</span>}
    </>
  );
}

/** One copy's part: who sent it (title, file, last change), then what it brings. */
function CopyReport({ copy, n, count, decide }: { copy: MergePreview; n: number; count: number; decide: boolean }) {
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
      <MergeConflicts summary={copy} level={single ? 3 : 4} decide={decide} />
      <MergeStructureList summary={copy} level={single ? 3 : 4} />
    </section>
  );
}

/** Every copy's part in the order they merge, then (for several) what they bring together. */
export function MergeCopiesReport({ report, decide = false }: { report: MergeCopiesPreview; decide?: boolean }) {
  const t = useT();
  const count = report.copies.length;
  return (
    <>
      {report.copies.map((copy, i) => (
        <CopyReport key={copy.path} copy={copy} n={i + 1} count={count} decide={decide} />
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
