// A new, empty plan: the frame with sensible defaults and the default legend; every list empty.
import { PLAN_FORMAT, PLAN_FORMAT_VERSION, type LegendEntry, type Malform, type PlanData, type PlanFrame } from './plan';
import { randomId, type IdSource } from './ids';

export const DEFAULT_LEGEND: LegendEntry[] = [
  { id: 'OpH', code: 'OpH', explanation: 'Overordnet problemstilling. Hovedansvar' },
  { id: 'DpH', code: 'DpH', explanation: 'Delproblemstilling. Hovedansvar' },
  { id: 'SpH', code: 'SpH', explanation: 'Spesifikk problemstilling. Hovedansvar' },
];

/** The default legend in nynorsk: a nynorsk plan starts with it, and the builder swaps an untouched bokmål default for it. */
export const DEFAULT_LEGEND_NN: LegendEntry[] = [
  { id: 'OpH', code: 'OpH', explanation: 'Overordna problemstilling. Hovudansvar' },
  { id: 'DpH', code: 'DpH', explanation: 'Delproblemstilling. Hovudansvar' },
  { id: 'SpH', code: 'SpH', explanation: 'Spesifikk problemstilling. Hovudansvar' },
];

export function defaultLegend(malform: Malform): LegendEntry[] {
  return (malform === 'nn' ? DEFAULT_LEGEND_NN : DEFAULT_LEGEND).map((e) => ({ ...e }));
}

/**
 * The explanation a legend entry shows in a målform: Planverk's own default text follows the målform (a plan switched
 * to nynorsk, or one made before nynorsk defaults existed, still says «Overordna problemstilling. Hovudansvar»);
 * an explanation the adviser wrote is kept as written.
 */
export function legendExplanation(entry: LegendEntry, malform: Malform): string {
  const isDefault = [DEFAULT_LEGEND, DEFAULT_LEGEND_NN].some((list) => list.some((d) => d.id === entry.id && d.explanation === entry.explanation.trim()));
  if (!isDefault) return entry.explanation;
  return (malform === 'nn' ? DEFAULT_LEGEND_NN : DEFAULT_LEGEND).find((d) => d.id === entry.id)?.explanation ?? entry.explanation;
}

export function defaultFrame(id: string): PlanFrame {
  return {
    id,
    title: 'Ny plan',
    subtitle: '',
    municipality: '',
    planType: 'kommunedelplan',
    statusLine: 'Utkast',
    periodFrom: null,
    periodTo: null,
    malform: 'nb',
    phase: 'oppstart',
    caseNumber: '',
    versionLabel: '',
    versionDate: null,
    adoptedDate: null,
    purpose: '',
    scope: '',
    focusAreas: [],
    hearingStart: null,
    hearingEnd: null,
    groupsLabel: 'Arbeidsgrupper',
    profileLogoAssetId: null,
    profileColor: '#1f4e79',
    profileFont: 'Calibri',
    profileWordTemplateAssetId: null,
  };
}

export function emptyPlan(newId: IdSource = randomId): PlanData {
  return {
    format: PLAN_FORMAT,
    formatVersion: PLAN_FORMAT_VERSION,
    plan: defaultFrame(newId()),
    groups: [],
    themes: [],
    areas: [],
    areaNotes: [],
    cells: [],
    legend: DEFAULT_LEGEND.map((e) => ({ ...e })),
    chapters: [],
    assets: [],
    milestones: [],
    orgRoles: [],
    laws: [],
    documents: [],
    measures: [],
    hearingParties: [],
    inputs: [],
    comments: [],
    planWords: [],
    inputChanges: [],
  };
}
