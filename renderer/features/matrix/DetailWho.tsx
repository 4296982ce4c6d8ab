// Who in the area's detail panel: «Endret av» of the area, the comments on the area, and — when the grid's active cell
// is one of this area's group cells — that cell's last change, its level's history and its comments.
import { makeStyles } from '@fluentui/react-components';
import type { Area } from '../../../shared/domain/plan';
import { cellId } from '../../../shared/domain/plan';
import { commentTargetName } from '../../../shared/domain/commentTarget';
import { useT } from '../../app/i18n';
import { usePlanStore } from '../../app/planStore';
import { RowComments } from '../comments/RowComments';
import { ChangedBy } from '../history/ChangedBy';
import { HistoryLine } from '../history/FieldHistory';
import { useMatrixUi } from './matrixUiStore';

const useStyles = makeStyles({
  cell: { marginTop: '12px' },
});

/** The codes the legend gives the levels («OpH» or the plan's own), for the level's history. */
function levelText(value: unknown, legend: readonly { id: string; code: string }[]): string {
  if (typeof value !== 'string') return '';
  return legend.find((l) => l.id === value)?.code ?? value;
}

function CellWho({ areaId, groupId }: { areaId: string; groupId: string }) {
  const t = useT();
  const styles = useStyles();
  const plan = usePlanStore((s) => s.plan);
  if (!plan) return null;
  const id = cellId(areaId, groupId);
  const name = commentTargetName(plan, 'cells', id);
  if (!name) return null;
  const legend = plan.legend;
  return (
    <section className={styles.cell} aria-labelledby="matrix-cell-heading" data-testid="matrix-cell-who">
      <h3 id="matrix-cell-heading">{t('who.cellSection', { name })}</h3>
      <ChangedBy table="cells" id={id} />
      <HistoryLine table="cells" id={id} fields={[{ column: 'level', label: t('who.cellLevel'), format: (v) => levelText(v, legend) }]} />
      <RowComments targetTable="cells" targetId={id} name={name} level={4} announce={false} />
    </section>
  );
}

export function AreaComments({ area }: { area: Area }) {
  const active = useMatrixUi((s) => s.active);
  return (
    <>
      {active?.areaId === area.id && active.groupId !== null && <CellWho key={active.groupId} areaId={area.id} groupId={active.groupId} />}
      <RowComments targetTable="areas" targetId={area.id} name={area.name} />
    </>
  );
}
