// Lover og dokumenter: laws with their Lovdata id checked as typed, a starter list to pick from, and the national,
// regional and local documents the plan builds on.
import { useMemo } from 'react';
import { DocumentLevel, type Law, type PolicyDocument } from '../../../shared/domain/plan';
import { sortRows } from '../../../shared/domain/rowOrder';
import { parseLovdataIdCell } from '../../../shared/plantables';
import { useT } from '../../app/i18n';
import { usePlanStore } from '../../app/planStore';
import { StarterLawsDialog } from './StarterLawsDialog';
import { TableEditor } from './TableEditor';
import { choiceColumn, parsedColumn, textColumn } from './columns';

export function LawsTab() {
  const t = useT();
  const laws = usePlanStore((s) => s.plan?.laws);
  const documents = usePlanStore((s) => s.plan?.documents);
  const lawRows = useMemo(() => sortRows(laws ?? []), [laws]);
  const documentRows = useMemo(() => sortRows(documents ?? []), [documents]);
  const lawColumns = useMemo(
    () => [
      textColumn<Law>('name', t('tables.lawName')),
      parsedColumn<Law>(
        'lovdataId',
        t('tables.lovdataId'),
        (l) => l.lovdataId ?? '',
        parseLovdataIdCell,
      ),
      textColumn<Law>('purpose', t('tables.purpose')),
    ],
    [t],
  );
  const documentColumns = useMemo(() => {
    const levels = DocumentLevel.options.map((l) => ({ value: l, label: t(`tables.level.${l}`) }));
    return [
      choiceColumn<PolicyDocument>('level', t('tables.level'), levels, (d) => d.level, (value) => ({ level: value })),
      textColumn<PolicyDocument>('title', t('tables.documentTitle')),
      textColumn<PolicyDocument>('purpose', t('tables.purpose')),
    ];
  }, [t]);

  return (
    <>
      <p>{t('tables.lawsHelp')}</p>
      <TableEditor
        table="laws"
        label={t('tables.laws')}
        columns={lawColumns}
        sections={[{ key: 'all', rows: lawRows }]}
        addLabel={t('tables.addLaw')}
        rowName={(l) => l.name}
        testId="laws-table"
        extraTools={<StarterLawsDialog />}
      />
      <h3>{t('tables.documents')}</h3>
      <TableEditor
        table="documents"
        label={t('tables.documents')}
        columns={documentColumns}
        sections={[{ key: 'all', rows: documentRows }]}
        addLabel={t('tables.addDocument')}
        rowName={(d) => d.title}
        testId="documents-table"
      />
    </>
  );
}
