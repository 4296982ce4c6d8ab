// The generated merknadsbehandling (Avsender | Sammendrag av innspill | Kommunens vurdering | Konklusjon), live and
// in the plan's målform, exactly as the export builds it.
import { makeStyles, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import { buildMerknadsbehandling } from '../../../shared/plantables';
import { useT } from '../../app/i18n';
import { usePlanStore } from '../../app/planStore';

const useStyles = makeStyles({
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase300, width: '100%', maxWidth: '1200px', marginBottom: '24px' },
  caption: { textAlign: 'left', fontWeight: tokens.fontWeightSemibold, padding: '4px 0' },
  th: { textAlign: 'left', padding: '6px 8px', border: `1px solid ${tokens.colorNeutralStroke1}`, backgroundColor: tokens.colorNeutralBackground3 },
  td: { padding: '6px 8px', border: `1px solid ${tokens.colorNeutralStroke1}`, verticalAlign: 'top' },
  rowHead: { padding: '6px 8px', border: `1px solid ${tokens.colorNeutralStroke1}`, verticalAlign: 'top', textAlign: 'left', fontWeight: tokens.fontWeightRegular },
  note: { display: 'block', fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

export function MerknadsTable() {
  const styles = useStyles();
  const frame = usePlanStore((s) => s.plan?.plan);
  const inputs = usePlanStore((s) => s.plan?.inputs);
  const assets = usePlanStore((s) => s.plan?.assets);
  const t = useT();
  const table = useMemo(() => (frame && inputs ? buildMerknadsbehandling({ plan: frame, inputs, assets }) : null), [frame, inputs, assets]);
  if (!table) return null;
  const { headers } = table;
  return (
    <table className={styles.table} lang={table.malform} data-testid="merknads-table">
      <caption className={styles.caption}>{table.title}</caption>
      <thead>
        <tr>
          {[headers.sender, headers.summary, headers.assessment, headers.conclusion].map((h) => (
            <th key={h} scope="col" className={styles.th}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row) => (
          <tr key={row.id}>
            <th scope="row" className={styles.rowHead}>
              {row.sender}
              <span className={styles.note}>
                {[row.senderTypeLabel, row.receivedText, row.late ? table.lateLabel : ''].filter((p) => p !== '').join(', ')}
              </span>
              {row.attachmentName && (
                <span className={styles.note} data-testid="merknads-attachment">
                  {t('hearing.attachmentNote', { name: row.attachmentName })}
                </span>
              )}
            </th>
            <td className={styles.td}>{row.summary}</td>
            <td className={styles.td}>{row.assessment}</td>
            <td className={styles.td}>{row.conclusionLabel}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
