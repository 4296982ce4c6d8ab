// The export check's findings as CLI lines: severity, the sentence, and where in the app to fix it (a terminal
// cannot link, so the place is named: «Kapitler › «Innledning»»).
import { findingPlaceText } from '../../shared/document/findingTarget';
import type { PlanFinding } from '../../shared/document/planCheck';

export function findingLine(f: PlanFinding): string {
  return `${f.severity === 'error' ? 'Feil' : 'Advarsel'}: ${f.message} [${findingPlaceText(f.target, f.targetName)}]`;
}

export function findingSummary(findings: readonly PlanFinding[]): string {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  return findings.length === 0 ? 'Eksportsjekk: ingen problemer funnet.' : `Eksportsjekk: ${errors} feil, ${warnings} ${warnings === 1 ? 'advarsel' : 'advarsler'}.`;
}
