// The words the plan tables generate, per målform: conclusions, measure statuses, sender types and column headers.
// They follow the plan's målform (not the UI language) because they end up in the hearing documents. Words the
// documents also use live once, in the document vocabulary (shared/document/words.ts); this file only picks them.
import type { Conclusion, Malform, Measure, HearingInput } from '../domain/plan';
import { wordsFor } from '../document/words';

type MeasureStatus = Measure['status'];
type SenderType = HearingInput['senderType'];

const SENDER_TYPES: Record<Malform, Record<SenderType, string>> = {
  nb: { privatperson: 'Privatperson', organisasjon: 'Organisasjon', 'offentlig-instans': 'Offentlig instans', intern: 'Intern' },
  nn: { privatperson: 'Privatperson', organisasjon: 'Organisasjon', 'offentlig-instans': 'Offentleg instans', intern: 'Intern' },
};

/** The label of a conclusion, or "Ikke vurdert" for an input not yet concluded. */
export function conclusionLabel(conclusion: Conclusion | null, malform: Malform): string {
  const w = wordsFor(malform);
  return conclusion ? w[conclusion] : w.notAssessed;
}

export function measureStatusLabel(status: MeasureStatus, malform: Malform): string {
  return wordsFor(malform)[status];
}

export function senderTypeLabel(type: SenderType, malform: Malform): string {
  return SENDER_TYPES[malform][type];
}

export type MerknadsHeaders = { sender: string; summary: string; assessment: string; conclusion: string };

export function merknadsHeaders(malform: Malform): MerknadsHeaders {
  const w = wordsFor(malform);
  return { sender: w.sender, summary: w.inputSummary, assessment: w.assessment, conclusion: w.conclusion };
}

export type MeasuresHeaders = { measure: string; unit: string; fte: string; cost: string; status: string; followUp: string; subtotal: string; total: string; noUnit: string };

export function measuresHeaders(malform: Malform): MeasuresHeaders {
  const w = wordsFor(malform);
  return { measure: w.measure, unit: w.responsibility, fte: w.fte, cost: w.cost, status: w.status, followUp: w.followUp, subtotal: w.subtotal, total: w.total, noUnit: w.noUnit };
}
