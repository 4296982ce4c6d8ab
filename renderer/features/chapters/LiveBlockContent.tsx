// What a live block shows in the editor: the matrix tables through the matrix page's view, and every other kind as the
// very tables the document draws in its place (shared/document/build/liveBlocks.ts), compact and read-only, always
// from the open plan (so never a stale copy, and never a second idea of what the table holds).
import { makeStyles, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import { liveBlockTables } from '../../../shared/document/build/liveBlocks';
import { cellLines } from '../../../shared/document/cellText';
import type { Block, TableCell } from '../../../shared/document/model';
import type { PlanContent } from '../../../shared/domain/planView';
import type { LiveBlockKind } from '../../../shared/editor/nodes';
import { useT } from '../../app/i18n';
import { usePlanStore } from '../../app/planStore';
import { MatrixTableView } from '../matrix/MatrixTableView';

const useStyles = makeStyles({
  wrap: { overflowX: 'auto', maxWidth: '100%' },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, width: '100%', backgroundColor: tokens.colorNeutralBackground1 },
  th: { border: `1px solid ${tokens.colorNeutralStroke1}`, padding: '2px 6px', textAlign: 'left', backgroundColor: tokens.colorNeutralBackground3 },
  td: { border: `1px solid ${tokens.colorNeutralStroke1}`, padding: '2px 6px', verticalAlign: 'top', whiteSpace: 'pre-line' },
  bold: { fontWeight: tokens.fontWeightSemibold },
});

const MATRIX_VIEWS = { 'matrix-overview': 'overview', 'matrix-all': 'all', 'matrix-group': 'group' } as const;
const isMatrixKind = (kind: LiveBlockKind): kind is keyof typeof MATRIX_VIEWS => Object.prototype.hasOwnProperty.call(MATRIX_VIEWS, kind);

export function LiveBlockContent({ kind, groupId }: { kind: LiveBlockKind; groupId: string | null }) {
  const plan = usePlanStore((s) => s.plan);
  if (!plan) return null;
  if (isMatrixKind(kind)) return <MatrixTableView kind={MATRIX_VIEWS[kind]} groupId={groupId} plan={plan} />;
  return <StructuredTables kind={kind} plan={plan} />;
}

type DocTable = Extract<Block, { kind: 'table' }>;

function StructuredTables({ kind, plan }: { kind: LiveBlockKind; plan: PlanContent }) {
  const t = useT();
  const tables = useMemo(() => liveBlockTables(plan, kind, null).filter((b): b is DocTable => b.kind === 'table'), [kind, plan]);
  if (tables.every((table) => table.bodyRows.length === 0)) return <p>{t('chapters.liveMissing')}</p>;
  return (
    <>
      {tables.map((table, i) => (
        <PreviewTable key={i} table={table} />
      ))}
    </>
  );
}

/** A document table without its caption (the live block's name stands above it; its number belongs to the export). */
function PreviewTable({ table }: { table: DocTable }) {
  const styles = useStyles();
  const cell = (c: TableCell, i: number, header: 'col' | null) => {
    const lines = cellLines(c);
    const text = lines.map((l) => l.text).join('\n');
    const bold = lines.length > 0 && lines.every((l) => l.bold);
    const scope = header ?? (c.rowHeader ? 'row' : null);
    const className = scope ? styles.th : bold ? `${styles.td} ${styles.bold}` : styles.td;
    return scope ? (
      <th key={i} scope={scope} colSpan={c.colSpan} className={className}>
        {text}
      </th>
    ) : (
      <td key={i} colSpan={c.colSpan} className={className}>
        {text}
      </td>
    );
  };
  return (
    <div className={styles.wrap}>
      <table className={styles.table}>
        {table.headerRows.length > 0 && (
          <thead>
            {table.headerRows.map((cells, r) => (
              <tr key={r}>{cells.map((c, i) => cell(c, i, 'col'))}</tr>
            ))}
          </thead>
        )}
        <tbody>
          {table.bodyRows.map((row, r) => (
            <tr key={r}>{row.cells.map((c, i) => cell(c, i, null))}</tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
