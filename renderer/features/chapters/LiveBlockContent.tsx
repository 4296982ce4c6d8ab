// What a live block shows in the editor: the matrix tables through the matrix page's view, and every other kind as the
// very tables the document draws in its place (shared/document/build/liveBlocks.ts), compact and read-only, always
// from the open plan (so never a stale copy, and never a second idea of what the table holds).
import { makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, type ReactNode } from 'react';
import { liveBlockTables } from '../../../shared/document/build/liveBlocks';
import { cellLines } from '../../../shared/document/cellText';
import { inlineText, type Block, type TableCell } from '../../../shared/document/model';
import type { PlanContent } from '../../../shared/domain/planView';
import type { LiveBlockKind } from '../../../shared/editor/nodes';
import { useT } from '../../app/i18n';
import { usePlanStore } from '../../app/planStore';
import { useHearingChanges } from '../hearing/useHearingChanges';
import { MatrixTableView } from '../matrix/MatrixTableView';

const useStyles = makeStyles({
  wrap: { overflowX: 'auto', maxWidth: '100%' },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, width: '100%', backgroundColor: tokens.colorNeutralBackground1 },
  th: { border: `1px solid ${tokens.colorNeutralStroke1}`, padding: '2px 6px', textAlign: 'left', backgroundColor: tokens.colorNeutralBackground3 },
  td: { border: `1px solid ${tokens.colorNeutralStroke1}`, padding: '2px 6px', verticalAlign: 'top', whiteSpace: 'pre-line' },
  bold: { fontWeight: tokens.fontWeightSemibold },
  caption: { textAlign: 'left', fontWeight: tokens.fontWeightSemibold, padding: '6px 0 2px' },
});

const MATRIX_VIEWS = { 'matrix-overview': 'overview', 'matrix-all': 'all', 'matrix-group': 'group' } as const;
const isMatrixKind = (kind: LiveBlockKind): kind is keyof typeof MATRIX_VIEWS => Object.prototype.hasOwnProperty.call(MATRIX_VIEWS, kind);

export function LiveBlockContent({ kind, groupId }: { kind: LiveBlockKind; groupId: string | null }) {
  const plan = usePlanStore((s) => s.plan);
  if (!plan) return null;
  if (isMatrixKind(kind)) return <MatrixTableView kind={MATRIX_VIEWS[kind]} groupId={groupId} plan={plan} />;
  const Fed = SERVICE_FED[kind];
  if (Fed) return <Fed plan={plan} />;
  return <StructuredTables kind={kind} plan={plan} />;
}

/** Kinds whose tables need what only the services know (a version of the plan), asked for by their own preview. */
const SERVICE_FED: Partial<Record<LiveBlockKind, (props: { plan: PlanContent }) => ReactNode>> = {
  'hearing-changes': (props) => <HearingChangesPreview {...props} />,
};

/**
 * «Endringer etter høring»: the services compare the plan with its hearing draft (the draft is a version, not in the
 * page's plan), asked again whenever the plan changes; the tables are the document's own, as for the other kinds.
 */
function HearingChangesPreview({ plan }: { plan: PlanContent }) {
  const changes = useHearingChanges(plan);
  const blocks = useMemo(() => (changes === undefined ? [] : liveBlockTables(plan, 'hearing-changes', null, changes)), [plan, changes]);
  return (
    <>
      {blocks.map((b, i) =>
        b.kind === 'table' ? (
          <PreviewTable key={i} table={b} caption />
        ) : b.kind === 'paragraph' ? (
          <p key={i}>{inlineText(b.runs)}</p>
        ) : null,
      )}
    </>
  );
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

/** A document table without its caption's number (the live block's name stands above it; the number belongs to the export). */
function PreviewTable({ table, caption = false }: { table: DocTable; caption?: boolean }) {
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
        {caption && table.caption && <caption className={styles.caption}>{table.caption.text}</caption>}
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
