// The derived matrix tables, read-only: Tabell 1 (overview with legend), Tabell 2 «Alles ansvar» (per theme) and
// Tabell 3 «Hovedansvar» (per group). Live from the open plan; chapter live blocks can show the same component.
import { makeStyles, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import type { RichText } from '../../../shared/domain/plan';
import type { PlanContent } from '../../../shared/domain/planView';
import { groupHeading } from '../../../shared/matrix/labels';
import { richTextToPlainText } from '../../../shared/matrix/richText';
import { deriveAllResponsibility, deriveMainResponsibility, deriveOverview } from '../../../shared/matrix/tables';
import { AREA_TEXT_FIELDS, AREA_TEXT_LABELS } from '../../../shared/matrix/validate';
import { legendExplanation } from '../../../shared/domain/emptyPlan';
import { useLanguageStore, useT } from '../../app/i18n';
import { legendMalform } from './legendMalform';
import { usePlanStore } from '../../app/planStore';
import { columnHeading } from './gridModel';

const useStyles = makeStyles({
  wrap: { overflowX: 'auto', maxWidth: '100%', marginBottom: '16px' },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, width: '100%' },
  caption: { textAlign: 'left', fontWeight: tokens.fontWeightSemibold, padding: '4px 0' },
  th: { border: `1px solid ${tokens.colorNeutralStroke1}`, padding: '4px 8px', backgroundColor: tokens.colorNeutralBackground3, textAlign: 'left', verticalAlign: 'bottom' },
  band: { border: `1px solid ${tokens.colorNeutralStroke1}`, padding: '4px 8px', backgroundColor: tokens.colorBrandBackground2, textAlign: 'left' },
  rowHead: { border: `1px solid ${tokens.colorNeutralStroke1}`, padding: '4px 8px', textAlign: 'left', fontWeight: tokens.fontWeightRegular, verticalAlign: 'top' },
  sub: { paddingLeft: '24px' },
  td: { border: `1px solid ${tokens.colorNeutralStroke1}`, padding: '4px 8px', verticalAlign: 'top', whiteSpace: 'pre-line' },
  code: { border: `1px solid ${tokens.colorNeutralStroke1}`, padding: '4px 8px', textAlign: 'center' },
});

export type MatrixTableViewProps = { kind: 'overview' | 'all' | 'group'; groupId?: string | null; plan?: PlanContent };

/** Renders one derived table (or, for 'group' without groupId, every group's Tabell 3) from the given or the open plan. */
export function MatrixTableView({ kind, groupId, plan: given }: MatrixTableViewProps) {
  const open = usePlanStore((s) => s.plan);
  const plan = given ?? open;
  if (!plan) return null;
  if (kind === 'overview') return <OverviewTable plan={plan} />;
  if (kind === 'all') return <AllResponsibility plan={plan} />;
  return <MainResponsibility plan={plan} groupId={groupId ?? null} />;
}

const text = (doc: RichText | null) => richTextToPlainText(doc);

function OverviewTable({ plan }: { plan: PlanContent }) {
  const styles = useStyles();
  const t = useT();
  const language = useLanguageStore((s) => s.language);
  const table = useMemo(() => deriveOverview(plan), [plan]);
  return (
    <div className={styles.wrap}>
      <table className={styles.table} data-testid="matrix-table-overview">
        <caption className={styles.caption}>{t('matrix.view.overview')}</caption>
        <thead>
          <tr>
            <th scope="col" className={styles.th}>
              {t('matrix.area')}
            </th>
            {table.groups.map((g) => (
              <th key={g.id} scope="col" className={styles.th}>
                {columnHeading(g)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) =>
            row.kind === 'theme' ? (
              <tr key={`t-${row.theme.id}`}>
                <th scope="rowgroup" colSpan={table.groups.length + 1} className={styles.band}>
                  {row.theme.name}
                </th>
              </tr>
            ) : (
              <tr key={row.area.id}>
                <th scope="row" className={row.depth === 1 ? `${styles.rowHead} ${styles.sub}` : styles.rowHead}>
                  {row.area.name}
                </th>
                {table.groups.map((g) => {
                  const level = row.levels[g.id];
                  return (
                    <td key={g.id} className={styles.code}>
                      {level ? (table.legend.find((l) => l.id === level)?.code ?? level) : ''}
                    </td>
                  );
                })}
              </tr>
            ),
          )}
        </tbody>
      </table>
      <dl>
        {table.legend.map((l) => (
          <div key={l.id}>
            <dt style={{ display: 'inline', fontWeight: 600 }}>{l.code}</dt> <dd style={{ display: 'inline', margin: 0 }}>{legendExplanation(l, legendMalform(language, plan.plan.malform))}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

function TextTable({ caption, rows, testId }: { caption: string; rows: { key: string; name: string; depth: 0 | 1; area: Record<(typeof AREA_TEXT_FIELDS)[number], RichText | null> }[]; testId: string }) {
  const styles = useStyles();
  const t = useT();
  return (
    <div className={styles.wrap}>
      <table className={styles.table} data-testid={testId}>
        <caption className={styles.caption}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className={styles.th}>
              {t('matrix.area')}
            </th>
            {AREA_TEXT_FIELDS.map((f) => (
              <th key={f} scope="col" className={styles.th}>
                {AREA_TEXT_LABELS[f]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && (
            <tr>
              <td className={styles.td} colSpan={4}>
                {t('matrix.view.noRows')}
              </td>
            </tr>
          )}
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row" className={r.depth === 1 ? `${styles.rowHead} ${styles.sub}` : styles.rowHead}>
                {r.name}
              </th>
              {AREA_TEXT_FIELDS.map((f) => (
                <td key={f} className={styles.td}>
                  {text(r.area[f])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function AllResponsibility({ plan }: { plan: PlanContent }) {
  const tables = useMemo(() => deriveAllResponsibility(plan), [plan]);
  return (
    <div data-testid="matrix-table-all">
      {tables.map((tt) => (
        <TextTable key={tt.theme.id} testId={`matrix-table-all-${tt.theme.id}`} caption={tt.theme.name} rows={tt.rows.map((r) => ({ key: r.area.id, name: r.area.name, depth: r.depth, area: r.area }))} />
      ))}
    </div>
  );
}

function MainResponsibility({ plan, groupId }: { plan: PlanContent; groupId: string | null }) {
  const tables = useMemo(() => deriveMainResponsibility(plan).filter((x) => groupId === null || x.group.id === groupId), [plan, groupId]);
  return (
    <div data-testid="matrix-table-group">
      {tables.map((tt) => (
        <TextTable
          key={tt.group.id}
          testId={`matrix-table-group-${tt.group.id}`}
          caption={groupHeading(tt.group, plan.plan.malform)}
          rows={tt.rows.map((r) => ({ key: r.area.id, name: `${r.area.name} (${plan.legend.find((l) => l.id === r.level)?.code ?? r.level})`, depth: r.depth, area: r.area }))}
        />
      ))}
    </div>
  );
}
