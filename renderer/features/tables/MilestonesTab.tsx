// Milepæler: the adviser types times as they say them ("Juni 2024", "uke 12 2025", "vår 2025"), kept as written; the timeline picture
// under the table is the same SVG the exports embed, shown as an <img> so nothing in it can run.
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import { Phase, type Malform, type Milestone } from '../../../shared/domain/plan';
import { sortRows } from '../../../shared/domain/rowOrder';
import { formatMilestoneTime, readMilestoneTime, sortMilestones, timelineSvg } from '../../../shared/plantables';
import { useT, type Translate } from '../../app/i18n';
import { usePlanStore } from '../../app/planStore';
import type { GridColumn } from './EditableTable';
import { TableEditor } from './TableEditor';
import { choiceColumn, parsedColumn, textColumn } from './columns';
import { sendChanges } from './listEdits';
import { useTablesStatus } from './tablesStatus';

const useStyles = makeStyles({
  figure: { margin: '16px 0', maxWidth: '100%', overflowX: 'auto' },
  caption: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

export function milestoneColumns(t: Translate, malform: Malform): GridColumn<Milestone>[] {
  const phases = [{ value: '', label: t('tables.noPhase') }, ...Phase.options.map((p) => ({ value: p, label: t(`phase.${p}`) }))];
  return [
    textColumn<Milestone>('name', t('tables.milestone')),
    // Kept as typed; the dates read from it go beside it (an unclear text just has none and sorts last).
    parsedColumn<Milestone>('time', t('tables.when'), (m) => formatMilestoneTime(m, malform), (text) => ({ ok: true, value: readMilestoneTime(text) })),
    choiceColumn<Milestone>('phase', t('tables.phase'), phases, (m) => m.phase ?? '', (value) => ({ phase: value === '' ? null : value })),
  ];
}

/** The changes that put the adviser's order in time order (sortKey 1…n), [] when it already is. */
function timeOrderChanges(milestones: readonly Milestone[]) {
  return sortMilestones(milestones).flatMap((m, i) => (m.sortKey === i + 1 ? [] : [{ table: 'milestones' as const, id: m.id, column: 'sortKey', value: i + 1 }]));
}

export function MilestonesTab() {
  const styles = useStyles();
  const t = useT();
  const milestones = usePlanStore((s) => s.plan?.milestones);
  const malform = usePlanStore((s) => s.plan?.plan.malform ?? 'nb');
  const announce = useTablesStatus((s) => s.announce);
  const rows = useMemo(() => sortRows(milestones ?? []), [milestones]);
  const columns = useMemo(() => milestoneColumns(t, malform), [t, malform]);
  const svg = useMemo(() => timelineSvg(rows, malform), [rows, malform]);
  const alt = useMemo(
    () =>
      sortMilestones(rows)
        .map((m) => `${m.name || t('tables.unnamedRow')}: ${formatMilestoneTime(m, malform) || t('tables.noTime')}`)
        .join('; '),
    [rows, malform, t],
  );

  const sortByTime = () => {
    const changes = timeOrderChanges(rows);
    if (changes.length > 0) sendChanges(changes);
    announce(t(changes.length > 0 ? 'tables.sortedByTime' : 'tables.alreadyByTime'));
  };

  return (
    <>
      <p>{t('tables.milestonesHelp')}</p>
      <TableEditor
        table="milestones"
        label={t('tables.milestones')}
        columns={columns}
        sections={[{ key: 'all', rows }]}
        addLabel={t('tables.addMilestone')}
        rowName={(m) => m.name}
        testId="milestones-table"
        extraTools={<Button onClick={sortByTime}>{t('tables.sortByTime')}</Button>}
      />
      <figure className={styles.figure}>
        <img src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`} alt={`${t('tables.timeline')}: ${alt || t('tables.empty')}`} data-testid="milestone-timeline" />
        <figcaption className={styles.caption}>{t('tables.timeline')}</figcaption>
      </figure>
    </>
  );
}
