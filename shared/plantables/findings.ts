// Checks on the structured tables that the UI shows beside a row and the export check lists before a hearing document
// goes out. Each finding names its table and row so the UI can point at it; messages are Norwegian sentences.
import type { PlanData, TableName } from '../domain/plan';
import { hearingPeriodFinding, isLate } from './hearing';
import { startOf } from './milestones';
import { isUndatedTime } from './milestoneText';
import { lovdataIdProblem } from './laws';
import { findingNb, quotedOr, type FindingText } from '../i18n/findingMessages';

export type TableFinding = { table: TableName; id: string; column: string | null; severity: 'error' | 'warning'; message: string; text: FindingText };

type Checked = Pick<PlanData, 'plan' | 'milestones' | 'laws' | 'measures' | 'inputs'>;

export function tableFindings(plan: Checked): TableFinding[] {
  const out: TableFinding[] = [];
  const findings = { push: (f: Omit<TableFinding, 'message'>) => out.push({ ...f, message: findingNb(f.text) }) };
  const period = hearingPeriodFinding(plan.plan);
  if (period.kind === 'too-short' || period.kind === 'end-before-start') {
    findings.push({ table: 'plan', id: plan.plan.id, column: 'hearingEnd', severity: 'error', text: period.text });
  }
  for (const m of plan.milestones) {
    if (m.from && m.to && startOf(m.to) < startOf(m.from)) {
      findings.push({ table: 'milestones', id: m.id, column: 'to', severity: 'error', text: { key: 'milestone.endBeforeStart', params: { name: quotedOr(m.name, 'fallback.noName') } } });
    }
    if (isUndatedTime(m)) {
      const text: FindingText = { key: 'milestone.undated', params: { time: m.time.trim(), name: quotedOr(m.name, 'fallback.noName') } };
      findings.push({ table: 'milestones', id: m.id, column: 'time', severity: 'warning', text });
    }
  }
  for (const l of plan.laws) {
    if (l.lovdataId === null) {
      findings.push({ table: 'laws', id: l.id, column: 'lovdataId', severity: 'warning', text: { key: 'law.missingId', params: { name: quotedOr(l.name, 'fallback.noName') } } });
    } else {
      const problem = lovdataIdProblem(l.lovdataId);
      if (problem) findings.push({ table: 'laws', id: l.id, column: 'lovdataId', severity: 'error', text: problem });
    }
  }
  for (const m of plan.measures) {
    const name = quotedOr(m.name, 'fallback.noName');
    if (!m.unit.trim()) findings.push({ table: 'measures', id: m.id, column: 'unit', severity: 'warning', text: { key: 'measure.noUnit', params: { name } } });
    if (m.status === 'iverksatt' && !m.statusDate) {
      findings.push({ table: 'measures', id: m.id, column: 'statusDate', severity: 'warning', text: { key: 'measure.noStatusDate', params: { name } } });
    }
  }
  for (const i of plan.inputs) {
    const sender = quotedOr(i.sender, 'fallback.noSender');
    if (i.conclusion && !i.assessment.trim()) {
      findings.push({ table: 'inputs', id: i.id, column: 'assessment', severity: 'warning', text: { key: 'input.noAssessment', params: { sender } } });
    }
    if (isLate(i, plan.plan)) {
      findings.push({ table: 'inputs', id: i.id, column: 'receivedDate', severity: 'warning', text: { key: 'input.late', params: { sender } } });
    }
  }
  return out;
}
