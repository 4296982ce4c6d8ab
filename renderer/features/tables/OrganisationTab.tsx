// Organisering: roles, participants and responsibility; the working groups come from the responsibility matrix
// (read-only here, edited where the matrix is), so they are never typed twice.
import { useMemo } from 'react';
import type { OrgRole } from '../../../shared/domain/plan';
import { sortRows } from '../../../shared/domain/rowOrder';
import { useT } from '../../app/i18n';
import { usePlanStore } from '../../app/planStore';
import { DataTable } from '../../components/DataTable';
import { TableEditor } from './TableEditor';
import { textColumn } from './columns';

export function OrganisationTab() {
  const t = useT();
  const roles = usePlanStore((s) => s.plan?.orgRoles);
  const groups = usePlanStore((s) => s.plan?.groups);
  const rows = useMemo(() => sortRows(roles ?? []), [roles]);
  const columns = useMemo(
    () => [textColumn<OrgRole>('role', t('tables.role')), textColumn<OrgRole>('participants', t('tables.participants')), textColumn<OrgRole>('responsibility', t('tables.responsibility'))],
    [t],
  );
  const groupRows = sortRows(groups ?? []).map((g) => ({
    key: g.id,
    cells: [g.number === null ? g.name : `${g.number}. ${g.name}`, g.kind === 'prosjektgruppe' ? t('tables.projectGroup') : t('tables.workingGroup'), g.leader, g.members],
  }));

  return (
    <>
      <p>{t('tables.orgHelp')}</p>
      <TableEditor
        table="orgRoles"
        label={t('tables.orgRoles')}
        columns={columns}
        sections={[{ key: 'all', rows }]}
        addLabel={t('tables.addRole')}
        rowName={(r) => r.role}
        testId="org-table"
      />
      <h3>{t('tables.groupsFromMatrix')}</h3>
      <p>{t('tables.groupsFromMatrixHelp')}</p>
      {groupRows.length === 0 ? (
        <p>{t('tables.noGroups')}</p>
      ) : (
        <DataTable
          caption={t('tables.groupsFromMatrix')}
          columns={[t('tables.groupName'), t('tables.groupKind'), t('tables.groupLeader'), t('tables.groupMembers')]}
          rows={groupRows}
          testId="org-groups"
        />
      )}
    </>
  );
}
