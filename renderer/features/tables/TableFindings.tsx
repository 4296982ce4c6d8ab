// The checks on the tables shown in the tab (Lovdata ids, milestones that end before they start, measures without a
// unit or a date): the same findings the export check lists before a hearing document goes out.
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useMemo } from 'react';
import type { TableName } from '../../../shared/domain/plan';
import { tableFindings } from '../../../shared/plantables';
import { useFindingText, useT } from '../../app/i18n';
import { usePlanStore } from '../../app/planStore';

const TABLES_OF: Record<string, readonly TableName[]> = {
  milestones: ['milestones'],
  organisation: [],
  laws: ['laws'],
  measures: ['measures'],
  hearing: ['inputs'],
};

export function TableFindings({ tab }: { tab: keyof typeof TABLES_OF }) {
  const t = useT();
  const say = useFindingText();
  const plan = usePlanStore((s) => s.plan);
  const findings = useMemo(() => {
    if (!plan) return [];
    const tables = TABLES_OF[tab] ?? [];
    return tableFindings(plan).filter((f) => tables.includes(f.table));
  }, [plan, tab]);
  if (findings.length === 0) return null;
  const errors = findings.some((f) => f.severity === 'error');
  return (
    <MessageBar intent={errors ? 'error' : 'warning'} layout="multiline" data-testid="table-findings">
      <MessageBarBody>
        <MessageBarTitle>{t('tables.findings', { count: findings.length })}</MessageBarTitle>
        <ul>
          {findings.map((f, i) => (
            <li key={`${f.id}-${f.column ?? ''}-${i}`}>{say(f.text)}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
