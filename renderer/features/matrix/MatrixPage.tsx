// Ansvarsmatrise (read-only for now): the overview grid as a real table with row and column headers, and its legend.
import { makeStyles, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import { useT } from '../../app/i18n';
import { usePlanStore } from '../../app/planStore';
import { buildOverview, groupHeading } from './overview';

const useStyles = makeStyles({
  scroller: { overflowX: 'auto', maxWidth: '100%' },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200 },
  cell: { border: `1px solid ${tokens.colorNeutralStroke1}`, padding: '4px 8px', textAlign: 'center', minWidth: '44px' },
  colHead: { border: `1px solid ${tokens.colorNeutralStroke1}`, padding: '4px 8px', backgroundColor: tokens.colorNeutralBackground3, verticalAlign: 'bottom' },
  band: { backgroundColor: tokens.colorBrandBackground2, textAlign: 'left', padding: '6px 8px', border: `1px solid ${tokens.colorNeutralStroke1}` },
  rowHead: { border: `1px solid ${tokens.colorNeutralStroke1}`, padding: '4px 8px', textAlign: 'left', fontWeight: tokens.fontWeightRegular },
  subRowHead: { paddingLeft: '24px' },
  caption: { textAlign: 'left', fontWeight: tokens.fontWeightSemibold, padding: '4px 0' },
});

export function MatrixPage() {
  const styles = useStyles();
  const t = useT();
  const plan = usePlanStore((s) => s.plan);
  const overview = useMemo(() => (plan ? buildOverview(plan) : null), [plan]);
  if (!plan || !overview) return null;
  const empty = overview.bands.every((b) => b.rows.length === 0);

  return (
    <>
      <h1>{t('matrix.heading')}</h1>
      <p>{t('matrix.intro')}</p>
      {empty ? (
        <p>{t('matrix.empty')}</p>
      ) : (
        <div className={styles.scroller} role="region" aria-label={t('matrix.caption')} tabIndex={0}>
          <table className={styles.table} data-testid="matrix-overview">
            <caption className={styles.caption}>{t('matrix.caption')}</caption>
            <thead>
              <tr>
                <th scope="col" className={styles.colHead}>
                  {t('matrix.area')}
                </th>
                {overview.groups.map((group) => (
                  <th key={group.id} scope="col" className={styles.colHead}>
                    {groupHeading(group)}
                  </th>
                ))}
              </tr>
            </thead>
            {overview.bands.map((band) => (
              <tbody key={band.theme.id}>
                <tr>
                  <th scope="rowgroup" colSpan={overview.groups.length + 1} className={styles.band}>
                    {band.theme.name}
                  </th>
                </tr>
                {band.rows.map((row) => (
                  <tr key={row.area.id}>
                    <th scope="row" className={row.depth === 1 ? `${styles.rowHead} ${styles.subRowHead}` : styles.rowHead}>
                      {row.area.name}
                    </th>
                    {row.codes.map((code, i) => (
                      <td key={overview.groups[i]?.id ?? i} className={styles.cell}>
                        {code ?? ''}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            ))}
          </table>
        </div>
      )}
      <h2>{t('matrix.legend')}</h2>
      <dl>
        {plan.legend.map((entry) => (
          <div key={entry.id} style={{ display: 'flex', gap: 8 }}>
            <dt style={{ fontWeight: 600, minWidth: 48 }}>{entry.code}</dt>
            <dd style={{ margin: 0 }}>{entry.explanation}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
