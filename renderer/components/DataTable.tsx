// A plain, accessible data table: caption, column headers with scope, the first column as row headers.
import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  table: { borderCollapse: 'collapse', marginBottom: '24px', fontSize: tokens.fontSizeBase300, minWidth: '360px' },
  caption: { textAlign: 'left', fontWeight: tokens.fontWeightSemibold, padding: '4px 0' },
  th: { textAlign: 'left', padding: '6px 10px', borderBottom: `2px solid ${tokens.colorNeutralStroke1}`, backgroundColor: tokens.colorNeutralBackground3 },
  rowHead: { textAlign: 'left', padding: '6px 10px', fontWeight: tokens.fontWeightRegular, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  td: { padding: '6px 10px', borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, verticalAlign: 'top' },
});

export type DataTableProps = { caption: string; columns: string[]; rows: { key: string; cells: ReactNode[] }[]; testId?: string };

export function DataTable({ caption, columns, rows, testId }: DataTableProps) {
  const styles = useStyles();
  return (
    <table className={styles.table} data-testid={testId}>
      <caption className={styles.caption}>{caption}</caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column} scope="col" className={styles.th}>
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            {row.cells.map((cell, i) =>
              i === 0 ? (
                <th key={i} scope="row" className={styles.rowHead}>
                  {cell}
                </th>
              ) : (
                <td key={i} className={styles.td}>
                  {cell}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
