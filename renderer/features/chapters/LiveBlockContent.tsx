// What a live block shows in the editor: the matrix tables through the matrix page's view, and the structured tables
// as compact read-only tables from shared/plantables, always from the open plan (so never a stale copy).
import { makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, type ReactNode } from 'react';
import { wordsFor } from '../../../shared/document/words';
import type { PlanContent } from '../../../shared/domain/planView';
import { sortRows } from '../../../shared/domain/rowOrder';
import type { LiveBlockKind } from '../../../shared/editor/nodes';
import {
  buildMeasuresTable,
  buildMerknadsbehandling,
  focusAreaLines,
  formatMilestoneTime,
  hearingDescriptionRows,
  projectDescriptionRows,
  sortMilestones,
} from '../../../shared/plantables';
import { useT } from '../../app/i18n';
import { usePlanStore } from '../../app/planStore';
import { MatrixTableView } from '../matrix/MatrixTableView';

const useStyles = makeStyles({
  wrap: { overflowX: 'auto', maxWidth: '100%' },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, width: '100%', backgroundColor: tokens.colorNeutralBackground1 },
  th: { border: `1px solid ${tokens.colorNeutralStroke1}`, padding: '2px 6px', textAlign: 'left', backgroundColor: tokens.colorNeutralBackground3 },
  td: { border: `1px solid ${tokens.colorNeutralStroke1}`, padding: '2px 6px', verticalAlign: 'top', whiteSpace: 'pre-line' },
  sum: { fontWeight: tokens.fontWeightSemibold },
});

export function LiveBlockContent({ kind, groupId }: { kind: LiveBlockKind; groupId: string | null }) {
  const plan = usePlanStore((s) => s.plan);
  if (!plan) return null;
  if (kind === 'matrix-overview') return <MatrixTableView kind="overview" plan={plan} />;
  if (kind === 'matrix-all') return <MatrixTableView kind="all" plan={plan} />;
  if (kind === 'matrix-group') return <MatrixTableView kind="group" groupId={groupId} plan={plan} />;
  return <StructuredTable kind={kind} plan={plan} />;
}

type Rows = { headers: string[]; rows: { key: string; cells: string[]; sum?: boolean }[] };

function structuredRows(kind: LiveBlockKind, plan: PlanContent): Rows {
  const malform = plan.plan.malform;
  const w = wordsFor(malform);
  switch (kind) {
    case 'milestones':
      return {
        headers: [w.milestone, w.time],
        rows: sortMilestones(plan.milestones).map((m) => ({ key: m.id, cells: [m.name, formatMilestoneTime(m, malform)] })),
      };
    case 'organisation':
      return {
        headers: [w.roleTitle, w.participants, w.responsibilityRole],
        rows: sortRows(plan.orgRoles).map((r) => ({ key: r.id, cells: [r.role, r.participants, r.responsibility] })),
      };
    case 'laws':
      return {
        headers: [w.lawName, w.purpose],
        rows: sortRows(plan.laws).map((l) => ({ key: l.id, cells: [l.lovdataId ? `${l.name} (${l.lovdataId})` : l.name, l.purpose] })),
      };
    case 'documents':
      return {
        headers: [w.document, w.level, w.purpose],
        rows: sortRows(plan.documents).map((d) => ({ key: d.id, cells: [d.title, w[d.level], d.purpose] })),
      };
    case 'measures': {
      const table = buildMeasuresTable(plan.measures, malform);
      const h = table.headers;
      return {
        headers: [h.measure, h.fte, h.cost, h.status, h.followUp],
        rows: [
          ...table.sections.flatMap((s) => [
            ...s.rows.map((r) => ({ key: r.id, cells: [r.name, r.fte, r.cost, r.status, r.followUp] })),
            { key: `sum-${s.unit}`, cells: [s.subtotalLabel, s.fte, s.cost, '', ''], sum: true },
          ]),
          ...(table.sections.length > 0 ? [{ key: 'total', cells: [table.totalLabel, table.fte, table.cost, '', ''], sum: true }] : []),
        ],
      };
    }
    case 'merknadsbehandling': {
      const m = buildMerknadsbehandling(plan);
      return {
        headers: [m.headers.sender, m.headers.summary, m.headers.assessment, m.headers.conclusion],
        rows: m.rows.map((r) => ({ key: r.id, cells: [r.sender, r.summary, r.assessment, r.conclusionLabel] })),
      };
    }
    case 'project-description':
      return labelRows(projectDescriptionRows(plan));
    case 'hearing':
      return labelRows(hearingDescriptionRows(plan));
    case 'focus-areas':
      return { headers: [w.number, w.focusAreas], rows: focusAreaLines(plan).map((a, i) => ({ key: String(i), cells: [String(i + 1), a] })) };
    default:
      return { headers: [], rows: [] };
  }
}

/** The frame's label/value tables (project description, hearing): no header row, one row per label. */
function labelRows(rows: readonly { key: string; label: string; lines: string[] }[]): Rows {
  return { headers: [], rows: rows.map((r) => ({ key: r.key, cells: [r.label, r.lines.join('\n')] })) };
}

function StructuredTable({ kind, plan }: { kind: LiveBlockKind; plan: PlanContent }) {
  const styles = useStyles();
  const t = useT();
  const { headers, rows } = useMemo(() => structuredRows(kind, plan), [kind, plan]);
  if (rows.length === 0) return <p>{t('chapters.liveMissing')}</p>;
  const cell = (text: string, i: number, sum?: boolean): ReactNode => (
    <td key={i} className={sum ? `${styles.td} ${styles.sum}` : styles.td}>
      {text}
    </td>
  );
  return (
    <div className={styles.wrap}>
      <table className={styles.table}>
        {headers.length > 0 && (
          <thead>
            <tr>
              {headers.map((h) => (
                <th key={h} scope="col" className={styles.th}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
        )}
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>{r.cells.map((c, i) => cell(c, i, r.sum))}</tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
