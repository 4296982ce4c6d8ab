// The built-in sample planprogram («the plan for the plan»): a culture and volunteering plan for Eksempel kommune,
// written for Planverk (no real municipality's text), with every frame table filled so its export shows them all.
// Deterministic like the kommunedelplan sample: seeded ids, fixed dates.
import { defaultFrame, defaultLegend } from '../domain/emptyPlan';
import { seededIds, type IdSource } from '../domain/ids';
import { PLAN_FORMAT, PLAN_FORMAT_VERSION, type PlanData, type PlanFrame } from '../domain/plan';
import { suggestedStatusLine } from '../document/frameTexts';
import { formatPeriod } from '../format/norwegian';
import { chaptersFromSpecs, type ChapterSpec } from '../templates/skeleton';
import { bullets, live, para } from './tiptap';

export const SAMPLE_PLANPROGRAM_ID_PREFIX = 'sample-pp';

function frame(id: string): PlanFrame {
  const frame: PlanFrame = {
    ...defaultFrame(id),
    title: 'Planprogram for kommunedelplan kultur og frivillighet 2026–2034',
    subtitle: 'Et rikt kulturliv og sterke fellesskap',
    municipality: 'Eksempel kommune',
    planType: 'planprogram',
    periodFrom: 2026,
    periodTo: 2034,
    phase: 'planprogram-hoering',
    caseNumber: 'Sak K-031/25',
    versionLabel: 'Høringsutkast',
    versionDate: '2025-09-01',
    purpose:
      'Kommunedelplanen skal gi kulturlivet og frivilligheten i kommunen en felles retning, og vise hvordan kommunen bruker lokaler, tilskudd og ansatte for å nå flest mulig.\nPlanprogrammet beskriver hvordan planen skal lages.',
    scope: 'Planen omfatter kulturskolen, biblioteket, frivilligsentralen, idrett og friluftsliv, kulturarv og kommunens tilskudd til lag og foreninger. Kirkelige saker og reiseliv omtales bare der de berører kulturlivet.',
    focusAreas: ['Møteplasser for alle aldre', 'Barn og unges kulturliv', 'Frivillighet og samskaping', 'Kulturarv og stedsidentitet'],
    hearingStart: '2025-09-08',
    hearingEnd: '2025-10-27',
  };
  return { ...frame, statusLine: suggestedStatusLine(frame) };
}

const CHAPTERS: ChapterSpec[] = [
  {
    title: 'Formål og bakgrunn',
    body: [
      para('Kommunestyret vedtok i planstrategien å rullere kulturplanen som kommunedelplan. Den forrige planen er fra 2014, og siden har befolkningen, lokalene og frivilligheten endret seg.'),
      para('Planprogrammet beskriver formålet med planarbeidet, rammene, organiseringen, framdriften og hvordan innbyggerne kan delta.'),
    ],
  },
  {
    title: 'Prosjektbeskrivelse',
    body: [live('project-description')],
    children: [
      { title: 'Innsatsområder', body: [para('Innsatsområdene bygger på innspill fra kulturrådet og folkehelseoversikten.'), live('focus-areas')] },
      {
        title: 'Kartlegging og utredning',
        body: [bullets('Bruken av kulturbygg og idrettsanlegg gjennom uka.', 'Frafall i kulturskolen og fritidsaktiviteter blant ungdom.', 'Behovet for lager og øvingslokaler for lag og foreninger.')],
      },
    ],
  },
  { title: 'Rammer og føringer', body: [para('Planen bygger på disse lovene og dokumentene.'), live('laws'), live('documents')] },
  { title: 'Organisering', body: [para('Planarbeidet ledes av kultursjefen med en prosjektgruppe fra virksomhetene.'), live('organisation')] },
  { title: 'Milepæler og framdrift', body: [live('milestones')] },
  {
    title: 'Medvirkning og høring',
    body: [
      para('Innbyggerne kan delta gjennom åpne møter i alle bygdene, en spørreundersøkelse og et eget ungdomsverksted.'),
      live('hearing'),
      para('Innspill sendes til postmottak@eksempel.kommune.no eller med kommunens digitale skjema.'),
    ],
  },
];

const MILESTONES: Array<[string, string | null, string | null]> = [
  ['Varsel om oppstart', '2025-08', null],
  ['Høring og offentlig ettersyn av planprogram', '2025-09-08', '2025-10-27'],
  ['Planprogram fastsatt', '2025-12', null],
  ['Medvirkning og kartlegging', '2026-01', '2026-04'],
  ['Høring av planforslag', '2026-06', '2026-08'],
  ['Sluttbehandling', '2026-10', null],
];
const ROLES: Array<[string, string, string]> = [
  ['Oppdragsgiver', 'Kommunestyret', 'Fastsetter planprogrammet og vedtar planen'],
  ['Styringsgruppe', 'Formannskapet', 'Gir retning underveis'],
  ['Prosjektleder', 'Kultursjef', 'Leder arbeidet og skriver planen'],
  ['Prosjektgruppe', 'Kulturskolerektor, biblioteksjef, leder av frivilligsentralen, folkehelsekoordinator', 'Kartlegger og foreslår tiltak'],
  ['Referansegruppe', 'Kulturrådet, idrettsrådet, ungdomsrådet', 'Gir råd og innspill'],
];
const LAWS: Array<[string, string, string]> = [
  ['Lov om offentlege styresmakters ansvar for kulturverksemd (kulturlova)', 'LOV-2007-06-29-89', 'Gir kommunen ansvar for å fremme og legge til rette for et bredt spekter av kulturvirksomhet.'],
  ['Lov om folkehelsearbeid (folkehelseloven)', 'LOV-2011-06-24-29', 'Krever at kommunen bruker oversikten over helsetilstanden i planleggingen.'],
  ['Lov om planlegging og byggesaksbehandling (plan- og bygningsloven)', 'LOV-2008-06-27-71', 'Setter rammene for planprogram, medvirkning og høring.'],
  ['Lov om kommuner og fylkeskommuner (kommuneloven)', 'LOV-2018-06-22-83', 'Regulerer kommunens styring og økonomiplan.'],
];
const DOCUMENTS: Array<['nasjonal' | 'regional' | 'lokal', string, string]> = [
  ['nasjonal', 'Meld. St. 8 (2018–2019) Kulturens kraft', 'Nasjonale mål for kulturpolitikken fram mot 2030.'],
  ['regional', 'Regional plan for kultur', 'Fylkets prioriteringer for kulturliv og kulturarv.'],
  ['lokal', 'Kommunal planstrategi 2024–2027', 'Vedtaket om å rullere kulturplanen som kommunedelplan.'],
];
const PARTIES = ['Kulturrådet', 'Idrettsrådet', 'Ungdomsrådet', 'Eldrerådet', 'Fylkeskommunen', 'Statsforvalteren', 'Frivilligsentralen'];

const numbered = <T>(rows: T[], newId: IdSource, make: (row: T) => Record<string, unknown>) =>
  rows.map((row, i) => ({ id: newId(), sortKey: i + 1, ...make(row) }));

export function buildSamplePlanprogram(): PlanData {
  const newId = seededIds(SAMPLE_PLANPROGRAM_ID_PREFIX);
  return {
    format: PLAN_FORMAT,
    formatVersion: PLAN_FORMAT_VERSION,
    plan: frame(newId()),
    groups: [],
    themes: [],
    areas: [],
    areaNotes: [],
    cells: [],
    legend: defaultLegend('nb'),
    chapters: chaptersFromSpecs(CHAPTERS, newId),
    assets: [],
    milestones: numbered(MILESTONES, newId, ([name, from, to]) => ({ name, time: formatPeriod(from, to), from, to, phase: null })) as PlanData['milestones'],
    orgRoles: numbered(ROLES, newId, ([role, participants, responsibility]) => ({ role, participants, responsibility })) as PlanData['orgRoles'],
    laws: numbered(LAWS, newId, ([name, lovdataId, purpose]) => ({ name, lovdataId, purpose })) as PlanData['laws'],
    documents: numbered(DOCUMENTS, newId, ([level, title, purpose]) => ({ level, title, purpose })) as PlanData['documents'],
    measures: [],
    hearingParties: numbered(PARTIES, newId, (name) => ({ name })) as PlanData['hearingParties'],
    inputs: [],
    comments: [],
    planWords: [],
    inputChanges: [],
  };
}
