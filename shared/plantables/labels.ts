// The words the plan tables generate, per målform: conclusions, measure statuses, sender types and column headers.
// They follow the plan's målform (not the UI language) because they end up in the hearing documents.
import type { Conclusion, Malform, Measure, HearingInput } from '../domain/plan';

type MeasureStatus = Measure['status'];
type SenderType = HearingInput['senderType'];

const CONCLUSIONS: Record<Malform, Record<Conclusion, string>> = {
  nb: {
    'tatt-til-folge': 'Tatt til følge',
    'delvis-tatt-til-folge': 'Delvis tatt til følge',
    'ikke-tatt-til-folge': 'Ikke tatt til følge',
    'tas-til-orientering': 'Tas til orientering',
  },
  nn: {
    'tatt-til-folge': 'Teke til følgje',
    'delvis-tatt-til-folge': 'Delvis teke til følgje',
    'ikke-tatt-til-folge': 'Ikkje teke til følgje',
    'tas-til-orientering': 'Vert teke til orientering',
  },
};

const NOT_ASSESSED: Record<Malform, string> = { nb: 'Ikke vurdert', nn: 'Ikkje vurdert' };

const STATUSES: Record<Malform, Record<MeasureStatus, string>> = {
  nb: { planlagt: 'Planlagt', vedtatt: 'Vedtatt', iverksatt: 'Iverksatt', avsluttet: 'Avsluttet' },
  nn: { planlagt: 'Planlagd', vedtatt: 'Vedteke', iverksatt: 'Sett i verk', avsluttet: 'Avslutta' },
};

const SENDER_TYPES: Record<Malform, Record<SenderType, string>> = {
  nb: { privatperson: 'Privatperson', organisasjon: 'Organisasjon', 'offentlig-instans': 'Offentlig instans', intern: 'Intern' },
  nn: { privatperson: 'Privatperson', organisasjon: 'Organisasjon', 'offentlig-instans': 'Offentleg instans', intern: 'Intern' },
};

/** The label of a conclusion, or "Ikke vurdert" for an input not yet concluded. */
export function conclusionLabel(conclusion: Conclusion | null, malform: Malform): string {
  return conclusion ? CONCLUSIONS[malform][conclusion] : NOT_ASSESSED[malform];
}

export function measureStatusLabel(status: MeasureStatus, malform: Malform): string {
  return STATUSES[malform][status];
}

export function senderTypeLabel(type: SenderType, malform: Malform): string {
  return SENDER_TYPES[malform][type];
}

export type MerknadsHeaders = { sender: string; summary: string; assessment: string; conclusion: string };

const MERKNADS_HEADERS: Record<Malform, MerknadsHeaders> = {
  nb: { sender: 'Avsender', summary: 'Sammendrag av innspill', assessment: 'Kommunens vurdering', conclusion: 'Konklusjon' },
  nn: { sender: 'Avsendar', summary: 'Samandrag av innspel', assessment: 'Vurderinga til kommunen', conclusion: 'Konklusjon' },
};

export function merknadsHeaders(malform: Malform): MerknadsHeaders {
  return MERKNADS_HEADERS[malform];
}

export type MeasuresHeaders = { measure: string; unit: string; fte: string; cost: string; status: string; followUp: string; subtotal: string; total: string; noUnit: string };

const MEASURES_HEADERS: Record<Malform, MeasuresHeaders> = {
  nb: { measure: 'Tiltak', unit: 'Ansvar', fte: 'Årsverk', cost: 'Kostnad (kr)', status: 'Status', followUp: 'Oppfølging', subtotal: 'Sum', total: 'Totalt', noUnit: 'Uten ansvarsenhet' },
  nn: { measure: 'Tiltak', unit: 'Ansvar', fte: 'Årsverk', cost: 'Kostnad (kr)', status: 'Status', followUp: 'Oppfølging', subtotal: 'Sum', total: 'Totalt', noUnit: 'Utan ansvarseining' },
};

export function measuresHeaders(malform: Malform): MeasuresHeaders {
  return MEASURES_HEADERS[malform];
}
