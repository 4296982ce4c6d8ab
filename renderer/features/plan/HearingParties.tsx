// Høringsinstanser: the parties the plan is sent to on hearing, an ordered list edited in the same grid as the tables,
// with the same row section (who changed the active party, its name's history, its comments) under the page's h3.
import { useMemo } from 'react';
import type { HearingParty } from '../../../shared/domain/plan';
import { sortRows } from '../../../shared/domain/rowOrder';
import { useT } from '../../app/i18n';
import { usePlanStore } from '../../app/planStore';
import { TableEditor } from '../tables/TableEditor';
import { textColumn } from '../tables/columns';
import { useTablesStatus } from '../tables/tablesStatus';

export function HearingParties() {
  const t = useT();
  const parties = usePlanStore((s) => s.plan?.hearingParties);
  const status = useTablesStatus((s) => s.message);
  const rows = useMemo(() => sortRows(parties ?? []), [parties]);
  const columns = useMemo(() => [textColumn<HearingParty>('name', t('plan.partyName'))], [t]);
  return (
    <>
      <p role="status" data-testid="parties-status">
        {status}
      </p>
      <TableEditor
        table="hearingParties"
        label={t('plan.hearingParties')}
        columns={columns}
        sections={[{ key: 'all', rows }]}
        addLabel={t('plan.addParty')}
        rowName={(p) => p.name}
        testId="parties-table"
        rowHeadingLevel={4}
      />
    </>
  );
}
