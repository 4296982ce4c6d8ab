// Checks on the structured tables that the UI shows beside a row and the export check lists before a hearing document
// goes out. Each finding names its table and row so the UI can point at it; messages are Norwegian sentences.
import type { PlanData, TableName } from '../domain/plan';
import { hearingPeriodFinding, isLate } from './hearing';
import { startOf } from './milestones';
import { isUndatedTime } from './milestoneText';
import { validateLovdataId } from './laws';

export type TableFinding = { table: TableName; id: string; column: string | null; severity: 'error' | 'warning'; message: string };

type Checked = Pick<PlanData, 'plan' | 'milestones' | 'laws' | 'measures' | 'inputs'>;

const label = (text: string, fallback: string) => (text.trim() ? `«${text.trim()}»` : fallback);

export function tableFindings(plan: Checked): TableFinding[] {
  const findings: TableFinding[] = [];
  const period = hearingPeriodFinding(plan.plan);
  if (period.kind === 'too-short' || period.kind === 'end-before-start') {
    findings.push({ table: 'plan', id: plan.plan.id, column: 'hearingEnd', severity: 'error', message: period.message });
  }
  for (const m of plan.milestones) {
    if (m.from && m.to && startOf(m.to) < startOf(m.from)) {
      findings.push({ table: 'milestones', id: m.id, column: 'to', severity: 'error', message: `Milepælen ${label(m.name, 'uten navn')} slutter før den starter.` });
    }
    if (isUndatedTime(m)) {
      const message = `Planverk leser ingen dato ut av «${m.time.trim()}» for milepælen ${label(m.name, 'uten navn')}; den står sist og kommer ikke med på tidslinjen.`;
      findings.push({ table: 'milestones', id: m.id, column: 'time', severity: 'warning', message });
    }
  }
  for (const l of plan.laws) {
    if (l.lovdataId === null) {
      findings.push({ table: 'laws', id: l.id, column: 'lovdataId', severity: 'warning', message: `Loven ${label(l.name, 'uten navn')} mangler Lovdata-id.` });
    } else {
      const checked = validateLovdataId(l.lovdataId);
      if (!checked.ok) findings.push({ table: 'laws', id: l.id, column: 'lovdataId', severity: 'error', message: checked.message });
    }
  }
  for (const m of plan.measures) {
    const name = label(m.name, 'uten navn');
    if (!m.unit.trim()) findings.push({ table: 'measures', id: m.id, column: 'unit', severity: 'warning', message: `Tiltaket ${name} mangler ansvarsenhet.` });
    if (m.status === 'iverksatt' && !m.statusDate) {
      findings.push({ table: 'measures', id: m.id, column: 'statusDate', severity: 'warning', message: `Tiltaket ${name} er iverksatt, men mangler dato for iverksetting.` });
    }
  }
  for (const i of plan.inputs) {
    const sender = label(i.sender, 'uten avsender');
    if (i.conclusion && !i.assessment.trim()) {
      findings.push({ table: 'inputs', id: i.id, column: 'assessment', severity: 'warning', message: `Innspillet fra ${sender} har konklusjon, men ingen vurdering.` });
    }
    if (isLate(i, plan.plan)) {
      findings.push({ table: 'inputs', id: i.id, column: 'receivedDate', severity: 'warning', message: `Innspillet fra ${sender} kom inn etter fristen; det er registrert og behandles som for sent.` });
    }
  }
  return findings;
}
